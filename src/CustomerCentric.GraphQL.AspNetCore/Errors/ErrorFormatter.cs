using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Execution;

namespace CustomerCentric.GraphQL.AspNetCore.Errors;

/// <summary>
/// Gives every error of a response an <c>extensions.code</c>, and hides what a resolver's unexpected exception says: outside
/// Development the client sees "Unexpected Execution Error" and a trace id to find the exception in the logs and traces; in
/// Development it sees the exception too. Errors a resolver raised on purpose (a <see cref="GraphQLError"/>) keep their message.
/// </summary>
public static class ErrorFormatter
{
    public const string UnexpectedErrorMessage = "Unexpected Execution Error";

    public static ExecutionResult Format(ExecutionResult result, string defaultCode, bool includeExceptionDetails, string traceId)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return result;
        }

        var formatted = new GraphQLError[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            formatted[i] = Format(errors[i], defaultCode, includeExceptionDetails, traceId);
        }

        return result.WithErrors(formatted);
    }

    public static GraphQLError Format(GraphQLError error, string defaultCode, bool includeExceptionDetails, string traceId)
    {
        if (Unexpected(error) is { } exception)
        {
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = ErrorCodes.InternalServerError,
                ["traceId"] = traceId,
            };
            if (includeExceptionDetails)
            {
                extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["type"] = exception.GetType().FullName,
                    ["message"] = exception.Message,
                    ["stackTrace"] = exception.ToString(),
                };
            }

            return Rebuild(error, UnexpectedErrorMessage, extensions);
        }

        if (error.Extensions?.ContainsKey("code") == true)
        {
            return error;
        }

        var code = error.Message.StartsWith("Execution timed out", StringComparison.Ordinal) ? ErrorCodes.Timeout : defaultCode;
        var withCode = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions is { } existing)
        {
            foreach (var (key, value) in existing)
            {
                withCode[key] = value;
            }
        }

        withCode["code"] = code;
        return Rebuild(error, error.Message, withCode);
    }

    public static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The exception a resolver threw that is not a GraphQL error: the case whose message must not reach clients.</summary>
    public static Exception? Unexpected(GraphQLError error)
    {
        var original = error.OriginalError;
        while (original is GraphQLError inner)
        {
            original = inner.OriginalError;
        }

        return original is null or OperationCanceledException ? null : original;
    }

    private static GraphQLError Rebuild(GraphQLError error, string message, IReadOnlyDictionary<string, object?> extensions) =>
        error.Nodes is null && error.Positions is not null
            ? new GraphQLError(message, source: error.Source, positions: error.Positions, path: error.Path, originalError: error.OriginalError, extensions: extensions)
            : new GraphQLError(message, error.Nodes, path: error.Path, originalError: error.OriginalError, extensions: extensions);
}
