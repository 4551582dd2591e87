namespace CustomerCentric.GraphQL.Validation;

/// <summary>Stops the walk when the error limit or a work budget is exhausted; <see cref="DocumentValidator"/> turns it into the last error.</summary>
internal sealed class ValidationAbortedException(string message) : Exception(message)
{
    public const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    public const string Aborted = "Validation aborted.";
}
