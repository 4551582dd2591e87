Console.WriteLine("CustomerCentric.AppHost: placeholder");
