using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>
/// A variable used in a value: the input type expected there, the default of that position, and the input type the
/// value sits in (an input object, for the <c>@oneOf</c> rule).
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, DefaultValue DefaultValue, GraphQLType? ParentType);
