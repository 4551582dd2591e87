using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>Validates a document against a schema (spec section 5); an empty list means valid.</summary>
public delegate IReadOnlyList<GraphQLError> DocumentValidation(GraphQLSchema schema, DocumentNode document);
