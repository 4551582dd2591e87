using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using CustomerCentric.GraphQL.AspNetCore.Http;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language.Ast;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One connection of the graphql-transport-ws protocol: connection_init within the timeout (else 4408), at most once (else 4429),
/// acknowledged after the <see cref="ConnectionInitHandler"/> accepts it (else 4403); ping/pong both ways (after the ack the server
/// pings every <see cref="GraphQLServerOptions.KeepAliveInterval"/> and closes with 1002 when no pong comes); subscribe only after the ack
/// (else 4401) with ids unique among running operations (else 4409); next/error/complete per operation; anything malformed is 4400.
/// Operations run concurrently; one lock keeps their messages whole on the socket.
/// </summary>
public sealed class GraphQLTransportWsSession(WebSocket socket, GraphQLServer server, HttpContext httpContext)
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _session = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
    private readonly SemaphoreSlim _pongs = new(0);
    private readonly ILogger _logger = httpContext.RequestServices.GetRequiredService<ILogger<GraphQLTransportWsSession>>();
    private int _initReceived;
    private volatile bool _acknowledged;
    private volatile bool _closing;
    private ClaimsPrincipal? _user;
    private Task _keepAlive = Task.CompletedTask;

    public async Task RunAsync()
    {
        var initTimeout = WatchInitTimeoutAsync();
        try
        {
            // After the server closes it keeps reading until the client answers the close frame: aborting at once would reset
            // the connection and could lose the close frame (and its code) on the way.
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent && !_session.IsCancellationRequested)
            {
                var message = await ReceiveAsync().ConfigureAwait(false);
                if (message is null)
                {
                    break;
                }

                using (message)
                {
                    if (!_closing)
                    {
                        await HandleAsync(message.RootElement).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_session.IsCancellationRequested)
        {
        }
        catch (WebSocketException)
        {
            // The client went away without a close handshake: nothing left to tell it.
        }
        finally
        {
            await _session.CancelAsync().ConfigureAwait(false);
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }

            await initTimeout.ConfigureAwait(false);
            await _keepAlive.ConfigureAwait(false);
        }
    }

    /// <summary>Pings the client every interval; a pong must come back within <see cref="GraphQLServerOptions.PongTimeout"/>.</summary>
    private async Task KeepAliveAsync()
    {
        var interval = server.Options.KeepAliveInterval;
        try
        {
            while (!_closing)
            {
                await Task.Delay(interval, _session.Token).ConfigureAwait(false);
                // Unsolicited pongs (a client's own heartbeat) count as replies to nothing.
                while (_pongs.Wait(0))
                {
                }

                await SendAsync(writer => writer.WriteString("type", "ping"), _session.Token).ConfigureAwait(false);
                if (!await _pongs.WaitAsync(server.Options.PongTimeout, _session.Token).ConfigureAwait(false))
                {
                    await CloseAsync(CloseCodes.PongTimeout, "Pong not received").ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
    }

    private async Task WatchInitTimeoutAsync()
    {
        try
        {
            await Task.Delay(server.Options.ConnectionInitTimeout, _session.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    /// <summary>The next text message as JSON; null when the client closed. Oversized, binary or non-JSON messages close the socket.</summary>
    private async Task<JsonDocument?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), _session.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
                    try
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    }
                    finally
                    {
                        _sendLock.Release();
                    }
                }

                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > server.Options.MaxWebSocketMessageSize)
            {
                await CloseAsync(CloseCodes.BadRequest, "Message too large").ConfigureAwait(false);
                buffer.ResetWrittenCount();
                continue;
            }

            if (!result.EndOfMessage)
            {
                continue;
            }

            if (result.MessageType == WebSocketMessageType.Text && Parse(buffer.WrittenMemory) is { } document)
            {
                return document;
            }

            if (!_closing)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            }

            buffer.ResetWrittenCount();
        }
    }

    /// <summary>A protocol message: a JSON object with a string "type"; null for anything else.</summary>
    private static JsonDocument? Parse(ReadOnlyMemory<byte> message)
    {
        try
        {
            var document = JsonDocument.Parse(message.ToArray());
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private async Task HandleAsync(JsonElement message)
    {
        var type = message.GetProperty("type").GetString();
        switch (type)
        {
            case "connection_init":
                await InitializeAsync(message).ConfigureAwait(false);
                break;
            case "ping":
                await SendAsync(writer => writer.WriteString("type", "pong")).ConfigureAwait(false);
                break;
            case "pong":
                _pongs.Release();
                break;
            case "subscribe":
                await SubscribeAsync(message).ConfigureAwait(false);
                break;
            case "complete":
                if (Id(message) is { } id && _operations.TryRemove(id, out var running))
                {
                    await running.CancelAsync().ConfigureAwait(false);
                }

                break;
            default:
                await CloseAsync(CloseCodes.BadRequest, $"Unexpected message of type {type} received").ConfigureAwait(false);
                break;
        }
    }

    private async Task InitializeAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        JsonElement? payload = message.TryGetProperty("payload", out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
        if (payload is { ValueKind: not JsonValueKind.Object })
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        ClaimsPrincipal? user;
        try
        {
            // The payload outlives this message: the handler gets a copy it may keep.
            user = server.Options.OnConnectionInit is { } handler
                ? await handler(new ConnectionInitContext(httpContext, payload?.Clone())).ConfigureAwait(false)
                : httpContext.User;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "The connection_init handler failed");
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
            return;
        }

        if (user is null)
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }

        _user = user;
        _acknowledged = true;
        await SendAsync(writer => writer.WriteString("type", "connection_ack")).ConfigureAwait(false);
        if (server.Options.KeepAliveInterval > TimeSpan.Zero)
        {
            _keepAlive = KeepAliveAsync();
        }
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (Id(message) is not { } id || !message.TryGetProperty("payload", out var payload))
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        OperationRequest request;
        try
        {
            // Cloned: the operation runs on after this message's document is disposed.
            request = OperationRequestReader.FromJson(payload.Clone());
        }
        catch (BadRequestException exception)
        {
            await CloseAsync(CloseCodes.BadRequest, exception.Message).ConfigureAwait(false);
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_session.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        _ = RunOperationAsync(id, request, cancellation);
    }

    private async Task RunOperationAsync(string id, OperationRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        var context = new OperationContext(
            _user, httpContext.RequestServices, httpContext, OperationContext.WebSocket,
            Activity.Current?.TraceId.ToHexString() ?? httpContext.TraceIdentifier, token);
        try
        {
            await Task.Yield();
            var (operation, failure) = await server.PrepareAsync(request, context).ConfigureAwait(false);
            failure ??= operation is null ? null : server.RefuseUnauthenticated(operation, context);
            if (failure is not null)
            {
                await SendErrorsAsync(id, failure.Result.Errors ?? [], token).ConfigureAwait(false);
                return;
            }

            if (operation!.Type == OperationType.Subscription)
            {
                var (stream, refused) = await server.SubscribeAsync(operation, context).ConfigureAwait(false);
                if (refused is not null)
                {
                    await SendErrorsAsync(id, refused.Result.Errors ?? [], token).ConfigureAwait(false);
                    return;
                }

                await foreach (var result in stream!.WithCancellation(token).ConfigureAwait(false))
                {
                    await SendNextAsync(id, result, token).ConfigureAwait(false);
                }
            }
            else
            {
                var response = await server.ExecutePreparedAsync(operation, context).ConfigureAwait(false);
                await SendNextAsync(id, response.Result, token).ConfigureAwait(false);
            }

            await SendAsync(writer => WriteHeader(writer, id, "complete"), token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client completed the operation, or the connection ended: the protocol sends nothing then.
        }
        catch (WebSocketException)
        {
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Operation {Id} failed outside execution", id);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private static string? Id(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    private static void WriteHeader(Utf8JsonWriter writer, string id, string type)
    {
        writer.WriteString("id", id);
        writer.WriteString("type", type);
    }

    private Task SendNextAsync(string id, ExecutionResult result, CancellationToken cancellationToken) => SendAsync(
        writer =>
        {
            WriteHeader(writer, id, "next");
            writer.WritePropertyName("payload");
            using (result)
            {
                // The message is complete in its own buffer before it is sent: the result's pooled fragments can go back now.
                result.WriteTo(writer);
            }
        },
        cancellationToken);

    private Task SendErrorsAsync(string id, IReadOnlyList<GraphQLError> errors, CancellationToken cancellationToken) => SendAsync(
        writer =>
        {
            WriteHeader(writer, id, "error");
            writer.WritePropertyName("payload");
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                ResponseWriter.WriteError(writer, error);
            }

            writer.WriteEndArray();
        },
        cancellationToken);

    private async Task SendAsync(Action<Utf8JsonWriter> write, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }

        _closing = true;
        foreach (var operation in _operations.Values)
        {
            await operation.CancelAsync().ConfigureAwait(false);
        }

        // A client that never answers the close frame is cut off.
        _session.CancelAfter(TimeSpan.FromSeconds(5));
    }
}
