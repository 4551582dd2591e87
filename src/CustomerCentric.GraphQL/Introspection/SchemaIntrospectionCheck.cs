using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Introspection;

/// <summary>
/// Finds <c>__schema</c> and <c>__type</c> selections, for servers that switch introspection off (graphql-js's
/// <c>NoSchemaIntrospectionCustomRule</c>, with its message). Names starting with <c>__</c> are reserved, so these can only be the meta fields.
/// </summary>
public static class SchemaIntrospectionCheck
{
    public static IReadOnlyList<GraphQLError> Check(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<GraphQLError>? errors = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable)
            {
                Visit(executable.SelectionSet, ref errors);
            }
        }

        return errors ?? [];
    }

    private static void Visit(SelectionSetNode selectionSet, ref List<GraphQLError>? errors)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (field.Name.Value is "__schema" or "__type")
                    {
                        (errors ??= []).Add(new GraphQLError(
                            $"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".", [field]));
                    }

                    if (field.SelectionSet is { } fieldSelections)
                    {
                        Visit(fieldSelections, ref errors);
                    }

                    break;
                case InlineFragmentNode inlineFragment:
                    Visit(inlineFragment.SelectionSet, ref errors);
                    break;
            }
        }
    }
}
