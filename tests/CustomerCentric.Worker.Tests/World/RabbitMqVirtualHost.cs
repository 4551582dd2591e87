using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CustomerCentric.Testing;

namespace CustomerCentric.Worker.Tests.World;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class (made through the management API): its exchanges and queues
/// share names with other tests' but not messages, so one test's worker never consumes another's complaints.
/// </summary>
public static class RabbitMqVirtualHost
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <returns>The AMQP URI of the new virtual host.</returns>
    public static async Task<string> CreateAsync(RabbitMqFixture rabbitMq, CancellationToken ct)
    {
        var name = $"test-{Guid.NewGuid():N}";
        await SendAsync(rabbitMq, HttpMethod.Put, $"api/vhosts/{name}", null, ct);
        await SendAsync(rabbitMq, HttpMethod.Put, $"api/permissions/{name}/guest", new { configure = ".*", write = ".*", read = ".*" }, ct);
        return rabbitMq.ConnectionString + name;
    }

    /// <summary>Unbinds a queue from an exchange (the binding without routing key) in the virtual host <paramref name="amqpUri"/> names.</summary>
    public static Task UnbindQueueAsync(RabbitMqFixture rabbitMq, string amqpUri, string exchange, string queue, CancellationToken ct) =>
        SendAsync(rabbitMq, HttpMethod.Delete, $"api/bindings/{new Uri(amqpUri).AbsolutePath.TrimStart('/')}/e/{exchange}/q/{queue}/~", null, ct);

    private static async Task SendAsync(RabbitMqFixture rabbitMq, HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(rabbitMq.ManagementUri, path))
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        using var response = await Http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }
}
