namespace CustomerCentric.Api.Authentication;

/// <summary>Names of the API key scheme: the header clients send, and the WebSocket connection_init payload fields.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    /// <summary>connection_init payload field carrying the key (browsers cannot set WebSocket headers).</summary>
    public const string PayloadField = "apiKey";

    /// <summary>connection_init payload field carrying "Bearer &lt;key&gt;", as Apollo and urql clients send it.</summary>
    public const string AuthorizationPayloadField = "authorization";

    /// <summary>The claim naming which key authenticated the caller (its name, or "configuration").</summary>
    public const string KeyNameClaim = "api_key";
}
