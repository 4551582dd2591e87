using System.Buffers;
using System.IO.Pipelines;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CustomerCentric.GraphQL.AspNetCore.Errors;
using CustomerCentric.GraphQL.AspNetCore.Ide;
using CustomerCentric.GraphQL.AspNetCore.WebSockets;
using CustomerCentric.GraphQL.Execution;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CustomerCentric.GraphQL.AspNetCore.Http;

/// <summary>
/// The endpoint at the GraphQL path: GraphQL over HTTP (POST application/json, GET for queries, batches), the WebSocket
/// upgrade (graphql-transport-ws), the schema as SDL (<c>?sdl</c>) and GraphiQL for browsers. Status codes follow the
/// GraphQL-over-HTTP specification; responses are written straight into the response body's pipe.
/// </summary>
public sealed class GraphQLHttpEndpoint(GraphQLServer server, GraphQLWebSocketEndpoint webSockets, GraphiQLPage graphiQL)
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && context.WebSockets.IsWebSocketRequest)
        {
            await webSockets.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        if (isGet && request.Query.ContainsKey("sdl") && server.SchemaRequestsEnabled)
        {
            await WriteSdlAsync(context).ConfigureAwait(false);
            return;
        }

        if (isGet && server.GraphiQLEnabled && !request.Query.ContainsKey("query") && MediaTypes.WantsHtml(request))
        {
            await graphiQL.WritePageAsync(context).ConfigureAwait(false);
            return;
        }

        var mediaType = MediaTypes.Negotiate(request);
        if (!isGet && !HttpMethods.IsPost(request.Method) || isGet && !server.Options.EnableGetRequests)
        {
            context.Response.Headers.Allow = server.Options.EnableGetRequests ? "GET, POST" : "POST";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType ?? MediaTypes.Json, $"GraphQL requests use {context.Response.Headers.Allow}.").ConfigureAwait(false);
            return;
        }

        if (mediaType is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json, $"The response can be {MediaTypes.GraphQLResponse} or {MediaTypes.Json}; the Accept header allows neither.").ConfigureAwait(false);
            return;
        }

        var owned = new List<JsonDocument>(1);
        SequencePosition? bodyEnd = null;
        try
        {
            if (isGet)
            {
                var operation = OperationRequestReader.FromQueryString(request.Query, owned);
                await RespondAsync(context, mediaType, operation, OperationContext.HttpGet).ConfigureAwait(false);
                return;
            }

            if (!MediaTypes.IsJsonContent(request))
            {
                await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType, $"POST bodies must be {MediaTypes.Json} in UTF-8.").ConfigureAwait(false);
                return;
            }

            var (body, end) = await ReadBodyAsync(context).ConfigureAwait(false);
            owned.Add(body);
            bodyEnd = end;
            if (body.RootElement.ValueKind == JsonValueKind.Array)
            {
                await RespondToBatchAsync(context, mediaType, body.RootElement).ConfigureAwait(false);
            }
            else
            {
                await RespondAsync(context, mediaType, OperationRequestReader.FromJson(body.RootElement, server.QueryTexts), OperationContext.HttpPost).ConfigureAwait(false);
            }
        }
        catch (BadRequestException badRequest)
        {
            await WriteErrorAsync(context, badRequest.StatusCode, mediaType, badRequest.Message).ConfigureAwait(false);
        }
        finally
        {
            foreach (var document in owned)
            {
                document.Dispose();
            }

            // The body's JSON was read in place from the request pipe's buffers: they go back only now.
            if (bodyEnd is { } end)
            {
                request.BodyReader.AdvanceTo(end);
            }
        }
    }

    private async Task RespondAsync(HttpContext context, string mediaType, OperationRequest operation, string transport)
    {
        var response = await server.ExecuteAsync(operation, CreateContext(context, transport)).ConfigureAwait(false);
        if (response.Outcome == OperationOutcome.MutationOverGet)
        {
            context.Response.Headers.Allow = "POST";
        }

        context.Response.StatusCode = StatusCode(response.Outcome, mediaType);
        context.Response.ContentType = MediaTypes.ContentType(mediaType);
        using (response.Result)
        {
            response.Result.WriteTo(context.Response.BodyWriter);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A batch runs its operations in order (a later mutation may depend on an earlier one) and answers with one array.</summary>
    private async Task RespondToBatchAsync(HttpContext context, string mediaType, JsonElement batch)
    {
        var count = batch.GetArrayLength();
        if (server.Options.MaxBatchSize == 0)
        {
            throw new BadRequestException("Batched requests are not enabled.");
        }

        if (count == 0 || count > server.Options.MaxBatchSize)
        {
            throw new BadRequestException($"A batch must hold between 1 and {server.Options.MaxBatchSize} operations; this one holds {count}.");
        }

        var operations = batch.EnumerateArray().Select(element => OperationRequestReader.FromJson(element, server.QueryTexts)).ToArray();
        var operationContext = CreateContext(context, OperationContext.HttpPost);
        var results = new ExecutionResult[operations.Length];
        for (var i = 0; i < operations.Length; i++)
        {
            results[i] = (await server.ExecuteAsync(operations[i], operationContext).ConfigureAwait(false)).Result;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = MediaTypes.ContentType(mediaType);
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                result.WriteTo(writer);
                result.Dispose();
            }

            writer.WriteEndArray();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// GraphQL over HTTP's status codes: application/json answers every well-formed request with 200; with
    /// application/graphql-response+json a response without data is a 4xx (400, or 401 when the caller must authenticate).
    /// Requests that are not well-formed are 400 and mutations over GET 405 under both.
    /// </summary>
    public static int StatusCode(OperationOutcome outcome, string mediaType) => outcome switch
    {
        OperationOutcome.Executed => StatusCodes.Status200OK,
        OperationOutcome.BadRequest => StatusCodes.Status400BadRequest,
        OperationOutcome.MutationOverGet => StatusCodes.Status405MethodNotAllowed,
        _ when mediaType == MediaTypes.Json => StatusCodes.Status200OK,
        OperationOutcome.Unauthenticated => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status400BadRequest,
    };

    private OperationContext CreateContext(HttpContext context, string transport) => new(
        context.User,
        context.RequestServices,
        context,
        transport,
        Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier,
        context.RequestAborted);

    /// <summary>
    /// The body as JSON, parsed where Kestrel received it (no copy when it came in one buffer); the caller advances the reader
    /// past <c>End</c> once the document is disposed.
    /// </summary>
    private async Task<(JsonDocument Document, SequencePosition End)> ReadBodyAsync(HttpContext context)
    {
        var limit = server.Options.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var reader = context.Request.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                throw TooLarge(limit);
            }

            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                throw TooLarge(limit);
            }

            if (!read.IsCompleted)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            try
            {
                if (buffer.IsEmpty)
                {
                    throw new BadRequestException("A POST request needs a JSON body.");
                }

                return (JsonDocument.Parse(buffer), buffer.End);
            }
            catch (Exception exception) when (exception is BadRequestException or JsonException)
            {
                reader.AdvanceTo(buffer.End);
                throw exception as BadRequestException ?? new BadRequestException($"The body is not valid JSON: {exception.Message}");
            }
        }
    }

    private static BadRequestException TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    private async Task WriteSdlAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/graphql; charset=utf-8";
        if (context.Request.Query.TryGetValue("download", out _))
        {
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "schema.graphql" }.ToString();
        }

        await context.Response.WriteAsync(server.Sdl, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task WriteErrorAsync(HttpContext context, int statusCode, string mediaType, string message)
    {
        var result = ExecutionResult.FromErrors([ErrorFormatter.Error(message, ErrorCodes.BadRequest)]);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = MediaTypes.ContentType(mediaType);
        result.WriteTo(context.Response.BodyWriter);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
