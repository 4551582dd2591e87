namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>How an operation ended, for the transport to choose a status code (GraphQL over HTTP) or a message type (WebSocket).</summary>
public enum OperationOutcome
{
    /// <summary>Execution ran: the response has "data" (possibly null, possibly with field errors).</summary>
    Executed,

    /// <summary>A GraphQL request error (parse, validation, operation, variables, persisted query): no "data".</summary>
    RequestError,

    /// <summary>Not a well-formed GraphQL-over-HTTP request (no query, wrong parameter types): HTTP 400 whatever the media type.</summary>
    BadRequest,

    /// <summary>The operation needs an authenticated caller (RequireAuthenticatedMutations).</summary>
    Unauthenticated,

    /// <summary>A mutation over GET: HTTP 405.</summary>
    MutationOverGet,
}
