namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>A C# model or fluent configuration the <see cref="SchemaBuilder"/> cannot turn into a schema; the message names the member.</summary>
public sealed class CodeFirstSchemaException(string message, Exception? innerException = null) : Exception(message, innerException);
