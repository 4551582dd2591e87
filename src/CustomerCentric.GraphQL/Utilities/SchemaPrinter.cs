using System.Text;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js 16's <c>printSchema</c> does: the schema definition only when a root is not named
/// Query/Mutation/Subscription (or the schema has a description), custom directives, then the non-built-in types in type map order,
/// with block-string descriptions, default values, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>.
/// </summary>
public static class SchemaPrinter
{
    public static string PrintSchema(GraphQLSchema schema) =>
        PrintFilteredSchema(
            schema,
            directive => !SpecifiedDirectives.IsSpecifiedDirective(directive),
            type => !SpecifiedScalars.IsSpecifiedScalarType(type) && !type.IsIntrospectionType());

    /// <summary>Only the introspection types and specified directives (graphql-js <c>printIntrospectionSchema</c>).</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema) =>
        PrintFilteredSchema(schema, SpecifiedDirectives.IsSpecifiedDirective, type => type.IsIntrospectionType());

    public static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedByUrl(scalar),
        GraphQLObjectType obj => Description(obj.Description) + "type " + obj.Name + ImplementedInterfaces(obj) + Fields(obj),
        GraphQLInterfaceType iface => Description(iface.Description) + "interface " + iface.Name + ImplementedInterfaces(iface) + Fields(iface),
        GraphQLUnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(member => member.Name)) : string.Empty),
        GraphQLEnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(
            enumType.Values.Select((value, i) => Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason))),
        GraphQLInputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Block(
            input.Fields.Values.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    public static string PrintDirective(GraphQLDirective directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(location => location.ToSpecName()));

    private static string PrintFilteredSchema(GraphQLSchema schema, Func<GraphQLDirective, bool> directiveFilter, Func<GraphQLNamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? SchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.Query is { } query)
        {
            operationTypes.Add("  query: " + query.Name);
        }

        if (schema.Mutation is { } mutation)
        {
            operationTypes.Add("  mutation: " + mutation.Name);
        }

        if (schema.Subscription is { } subscription)
        {
            operationTypes.Add("  subscription: " + subscription.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static bool IsSchemaOfCommonNames(GraphQLSchema schema) =>
        schema.Query is null or { Name: "Query" }
        && schema.Mutation is null or { Name: "Mutation" }
        && schema.Subscription is null or { Name: "Subscription" };

    private static string ImplementedInterfaces(GraphQLImplementingType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(iface => iface.Name)) : string.Empty;

    private static string Fields(GraphQLImplementingType type) => Block(type.Fields.Values.Select((field, i) =>
        Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type
        + Deprecated(field.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<GraphQLArgument> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        // Without descriptions the arguments fit on one line.
        if (arguments.All(argument => string.IsNullOrEmpty(argument.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((argument, i) => Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(GraphQLInputValue value)
    {
        var declaration = new StringBuilder(value.Name).Append(": ").Append(value.Type);
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } defaultNode)
        {
            declaration.Append(" = ").Append(Printer.Print(defaultNode));
        }

        return declaration.Append(Deprecated(value.DeprecationReason)).ToString();
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string SpecifiedByUrl(GraphQLScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var text = BlockString.IsPrintableAsBlockString(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
