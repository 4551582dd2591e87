using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CustomerCentric.Testing;

namespace CustomerCentric.Hosting.Tests.RabbitMq;

public sealed class RabbitMqServerTests(RabbitMqFixture rabbitMq)
{
    [Fact]
    public async Task Management_api_answers_guest_and_lists_the_amqp_listener_on_loopback()
    {
        using var overview = await GetJsonAsync("api/overview");

        var listeners = overview.RootElement.GetProperty("listeners").EnumerateArray().ToList();
        var amqp = Assert.Single(listeners, listener => listener.GetProperty("protocol").GetString() == "amqp");
        Assert.Equal("127.0.0.1", amqp.GetProperty("ip_address").GetString());
        Assert.Equal(rabbitMq.Server.AmqpPort, amqp.GetProperty("port").GetInt32());
        Assert.Equal(rabbitMq.Server.NodeName, overview.RootElement.GetProperty("node").GetString());
    }

    [Fact]
    public async Task Rabbitmqctl_reaches_the_node_through_its_private_epmd()
    {
        var outcome = await rabbitMq.Server.RunCtlAsync(["list_vhosts", "--silent"], TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Output);
        Assert.Equal("/", outcome.Output.Trim());
    }

    [Fact]
    public void Connection_string_and_management_uri_name_the_loopback_ports()
    {
        Assert.Equal($"amqp://guest:guest@127.0.0.1:{rabbitMq.Server.AmqpPort}/", rabbitMq.ConnectionString);
        Assert.Equal(new Uri($"http://127.0.0.1:{rabbitMq.Server.ManagementPort}/"), rabbitMq.ManagementUri);
        Assert.Equal(4, rabbitMq.Server.Ports.Distinct().Count());
    }

    [Fact]
    public void Every_process_of_the_node_listens_on_loopback_only()
    {
        var processes = ProcessTable.Supervised(rabbitMq.Server.SupervisorProcessId, rabbitMq.Server.ProcessId);
        var endpoints = ProcessTable.ListeningEndpoints(processes.Select(entry => entry.Pid));

        Assert.Contains(processes, entry => entry.Name == "epmd");
        Assert.Contains(processes, entry => entry.Name == "beam.smp");
        Assert.All(endpoints, endpoint => Assert.True(IPAddress.IsLoopback(endpoint.Address), $"{endpoint} is not loopback"));
        Assert.Equal(rabbitMq.Server.Ports.Order(), endpoints.Select(endpoint => endpoint.Port).Distinct().Order());
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(rabbitMq.ManagementUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
