using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>What the SDL rules see (graphql-js <c>SDLValidationContext</c>): the document and, when extending, the schema.</summary>
public sealed class SdlValidationContext(DocumentNode document, GraphQLSchema? schema, Action<GraphQLError> onError)
    : AstValidationContext(document, schema, onError);
