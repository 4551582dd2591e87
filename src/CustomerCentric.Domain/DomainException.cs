namespace CustomerCentric.Domain;

/// <summary>An operation was refused because it would break a rule of the domain.</summary>
public class DomainException(string message) : Exception(message);
