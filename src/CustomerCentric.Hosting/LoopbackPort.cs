using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CustomerCentric.Hosting;

/// <summary>TCP ports on 127.0.0.1 for local servers.</summary>
public static class LoopbackPort
{
    // Ports handed out in this process: the kernel may offer a released port again before its server has bound it.
    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();

    /// <summary>The preferred port when it is free, otherwise a free one.</summary>
    public static int Choose(int? preferred) =>
        preferred is { } port && IsFree(port) ? port : Free();

    /// <summary>A port the kernel reports free now (bind port 0, read it, release it).</summary>
    public static int Free()
    {
        while (true)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (HandedOut.TryAdd(port, 0))
            {
                return port;
            }
        }
    }

    /// <summary>True when nothing listens on the port, so a server may bind it.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>True when something accepts TCP connections on the port.</summary>
    public static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
