namespace CustomerCentric.GraphQL.AspNetCore.Http;

/// <summary>The HTTP request is not a well-formed GraphQL-over-HTTP request; answered with <see cref="StatusCode"/> and one error.</summary>
public sealed class BadRequestException(string message, int statusCode = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
