using CustomerCentric.Domain;

namespace CustomerCentric.Admin.Routing;

/// <summary>The draft changed since the editor read it: their change is refused so that nobody's edit is silently lost.</summary>
public sealed class DraftChangedException(string message) : DomainException(message);
