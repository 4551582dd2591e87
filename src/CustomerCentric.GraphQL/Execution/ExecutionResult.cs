using System.Buffers;
using System.Text;
using System.Text.Json;
using CustomerCentric.GraphQL.Error;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// A response (spec 7.1): <see cref="Data"/> when execution started (null when a non-null root field failed),
/// <see cref="Errors"/> when anything went wrong, and optional <see cref="Extensions"/>.
/// </summary>
/// <remarks>
/// With <see cref="GraphQLExecutorOptions.EagerJson"/> the data's <see cref="JsonFragment"/>s lie in a pooled buffer: a server that
/// has written the response disposes the result to return it (reading a fragment afterwards throws). Not disposing is safe.
/// </remarks>
public sealed class ExecutionResult : IDisposable
{
    /// <summary>The "data" entry; meaningful only when <see cref="HasData"/> (a request error has no data entry at all).</summary>
    public ResultMap? Data { get; init; }

    /// <summary>Whether the response has a "data" entry: false for syntax, validation and request errors (spec 7.1.1).</summary>
    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The pooled buffer of the data's fragments, returned by <see cref="Dispose"/>.</summary>
    internal JsonFragmentBuffer? FragmentBuffer { get; init; }

    /// <summary>A response without "data": the request failed before execution started.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>Writes the response as JSON: <c>errors</c>, <c>data</c>, <c>extensions</c> (graphql-js's key order).</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResponseWriter.Write(writer, this);

    /// <summary>Writes the response as UTF-8 JSON into <paramref name="output"/> (<see cref="ResponseWriter.Write(IBufferWriter{byte}, ExecutionResult)"/>).</summary>
    public void WriteTo(IBufferWriter<byte> output) => ResponseWriter.Write(output, this);

    /// <summary>This response with other errors (a server's coded and masked ones); it takes over the data's fragments and their buffer.</summary>
    public ExecutionResult WithErrors(IReadOnlyList<GraphQLError>? errors) =>
        new() { Data = Data, HasData = HasData, Errors = errors, Extensions = Extensions, FragmentBuffer = FragmentBuffer };

    /// <summary>Returns the pooled buffer of the data's <see cref="JsonFragment"/>s; the data must not be read or written afterwards.</summary>
    public void Dispose() => FragmentBuffer?.Release();

    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public override string ToString() => ToJson();
}
