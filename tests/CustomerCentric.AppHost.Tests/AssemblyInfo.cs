// Each test starts a whole stack (three servers, four .NET processes): two at once would only slow both down on two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
