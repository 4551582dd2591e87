namespace CustomerCentric.GraphQL.AspNetCore.Errors;

/// <summary>
/// The <c>extensions.code</c> values the server puts on every error. Apollo Server's codes where Apollo has one (Apollo Client,
/// urql and the persisted-query links read them), HotChocolate's for authorization (Strawberry Shake reads those).
/// </summary>
public static class ErrorCodes
{
    /// <summary>The HTTP request is not a well-formed GraphQL-over-HTTP request (bad JSON, missing or mistyped parameters).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The document does not parse (spec 2).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not validate against the schema (spec 5), or asks for introspection where it is off.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>GetOperation failed: no operation of that name, or several operations and no name (spec 6.1).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>Variables failed coercion (spec 6.1.2), or an argument value was refused by a resolver.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The caller may not read the field or run the operation.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>The operation needs an authenticated caller and there is none (request level: mutations when required).</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A resolver failed unexpectedly; the message is hidden outside Development.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>Automatic persisted queries: the hash is unknown and no query was sent (the client then sends both).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Automatic persisted queries are not enabled on this server, or the protocol version is not 1.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The server accepts only operations already in its persisted operation store.</summary>
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";

    /// <summary>The operation type cannot be run over this transport (a subscription over HTTP).</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>The execution took longer than the configured timeout.</summary>
    public const string Timeout = "EXECUTION_TIMEOUT";
}
