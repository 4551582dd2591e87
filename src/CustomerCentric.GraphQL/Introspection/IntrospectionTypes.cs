using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec section 4.2 (<c>__Schema</c>, <c>__Type</c>, ...) as ordinary object and enum types with resolvers.
/// Field order and descriptions are those of graphql-js 16, so that introspection answers compare byte for byte; where graphql-js 16.15
/// goes beyond the October 2021 spec (deprecated directives, <c>DIRECTIVE_DEFINITION</c>) the spec is followed.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly GraphQLArgument[] IncludeDeprecated =
        [new GraphQLArgument("includeDeprecated", SpecifiedScalars.Boolean) { DefaultValue = false }];

    public static GraphQLObjectType Schema { get; } = new("__Schema", SchemaFields)
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    public static GraphQLObjectType Directive { get; } = new("__Directive", DirectiveFields)
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    public static GraphQLEnumType DirectiveLocation { get; } = new("__DirectiveLocation", DirectiveLocationValues())
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    public static GraphQLObjectType Type { get; } = new("__Type", TypeFields)
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    public static GraphQLObjectType Field { get; } = new("__Field", FieldFields)
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    public static GraphQLObjectType InputValue { get; } = new("__InputValue", InputValueFields)
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    public static GraphQLObjectType EnumValue { get; } = new("__EnumValue", EnumValueFields)
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    public static GraphQLEnumType TypeKind { get; } = new(
        "__TypeKind",
        [
            new("SCALAR") { Description = "Indicates this type is a scalar." },
            new("OBJECT") { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." },
            new("INTERFACE") { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." },
            new("UNION") { Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
            new("ENUM") { Description = "Indicates this type is an enum. `enumValues` is a valid field." },
            new("INPUT_OBJECT") { Description = "Indicates this type is an input object. `inputFields` is a valid field." },
            new("LIST") { Description = "Indicates this type is a list. `ofType` is a valid field." },
            new("NON_NULL") { Description = "Indicates this type is a non-null. `ofType` is a valid field." },
        ])
    {
        Description = "An enum describing what kind of type a given `__Type` is.",
    };

    /// <summary>The <c>__TypeKind</c> name of a type.</summary>
    public static string KindOf(GraphQLType type) => type switch
    {
        GraphQLScalarType => "SCALAR",
        GraphQLObjectType => "OBJECT",
        GraphQLInterfaceType => "INTERFACE",
        GraphQLUnionType => "UNION",
        GraphQLEnumType => "ENUM",
        GraphQLInputObjectType => "INPUT_OBJECT",
        GraphQLList => "LIST",
        GraphQLNonNull => "NON_NULL",
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    private static IEnumerable<GraphQLField> SchemaFields() =>
    [
        new("description", SpecifiedScalars.String) { ResolveSource = source => ((GraphQLSchema)source!).Description },
        new("types", NonNullListOf(Type))
        {
            Description = "A list of all types supported by this server.",
            ResolveSource = source => ((GraphQLSchema)source!).TypeMap.Values,
        },
        new("queryType", new GraphQLNonNull(Type))
        {
            Description = "The type that query operations will be rooted at.",
            ResolveSource = source => ((GraphQLSchema)source!).Query,
        },
        new("mutationType", Type)
        {
            Description = "If this server supports mutation, the type that mutation operations will be rooted at.",
            ResolveSource = source => ((GraphQLSchema)source!).Mutation,
        },
        new("subscriptionType", Type)
        {
            Description = "If this server support subscription, the type that subscription operations will be rooted at.",
            ResolveSource = source => ((GraphQLSchema)source!).Subscription,
        },
        new("directives", NonNullListOf(Directive))
        {
            Description = "A list of all directives supported by this server.",
            ResolveSource = source => ((GraphQLSchema)source!).Directives,
        },
    ];

    private static IEnumerable<GraphQLField> DirectiveFields() =>
    [
        new("name", new GraphQLNonNull(SpecifiedScalars.String)) { ResolveSource = source => ((GraphQLDirective)source!).Name },
        new("description", SpecifiedScalars.String) { ResolveSource = source => ((GraphQLDirective)source!).Description },
        new("isRepeatable", new GraphQLNonNull(SpecifiedScalars.Boolean)) { ResolveSource = source => ((GraphQLDirective)source!).IsRepeatable },
        new("locations", NonNullListOf(DirectiveLocation)) { ResolveSource = source => ((GraphQLDirective)source!).Locations },
        new("args", NonNullListOf(InputValue))
        {
            Arguments = IncludeDeprecated,
            Resolve = context => new(Deprecatable(((GraphQLDirective)context.Source!).Arguments, context)),
        },
    ];

    private static IEnumerable<GraphQLField> TypeFields() =>
    [
        new("kind", new GraphQLNonNull(TypeKind)) { ResolveSource = source => KindOf((GraphQLType)source!) },
        new("name", SpecifiedScalars.String) { ResolveSource = source => (source as GraphQLNamedType)?.Name },
        new("description", SpecifiedScalars.String) { ResolveSource = source => (source as GraphQLNamedType)?.Description },
        new("specifiedByURL", SpecifiedScalars.String) { ResolveSource = source => (source as GraphQLScalarType)?.SpecifiedByUrl },
        new("fields", new GraphQLList(new GraphQLNonNull(Field)))
        {
            Arguments = IncludeDeprecated,
            Resolve = context => new(context.Source is GraphQLImplementingType type
                ? Deprecatable(type.Fields.Values, field => field.DeprecationReason, context)
                : null),
        },
        new("interfaces", new GraphQLList(new GraphQLNonNull(Type)))
        {
            ResolveSource = source => (source as GraphQLImplementingType)?.Interfaces,
        },
        new("possibleTypes", new GraphQLList(new GraphQLNonNull(Type)))
        {
            Resolve = context => new(context.Source is IGraphQLAbstractType abstractType ? context.Schema.GetPossibleTypes(abstractType) : null),
        },
        new("enumValues", new GraphQLList(new GraphQLNonNull(EnumValue)))
        {
            Arguments = IncludeDeprecated,
            Resolve = context => new(context.Source is GraphQLEnumType enumType
                ? Deprecatable(enumType.Values, value => value.DeprecationReason, context)
                : null),
        },
        new("inputFields", new GraphQLList(new GraphQLNonNull(InputValue)))
        {
            Arguments = IncludeDeprecated,
            Resolve = context => new(context.Source is GraphQLInputObjectType inputObject
                ? Deprecatable(inputObject.Fields.Values, context)
                : null),
        },
        new("ofType", Type)
        {
            ResolveSource = source => source switch
            {
                GraphQLList list => list.OfType,
                GraphQLNonNull nonNull => nonNull.OfType,
                _ => null,
            },
        },
        new("isOneOf", SpecifiedScalars.Boolean) { ResolveSource = source => (source as GraphQLInputObjectType)?.IsOneOf },
    ];

    private static IEnumerable<GraphQLField> FieldFields() =>
    [
        new("name", new GraphQLNonNull(SpecifiedScalars.String)) { ResolveSource = source => ((GraphQLField)source!).Name },
        new("description", SpecifiedScalars.String) { ResolveSource = source => ((GraphQLField)source!).Description },
        new("args", NonNullListOf(InputValue))
        {
            Arguments = IncludeDeprecated,
            Resolve = context => new(Deprecatable(((GraphQLField)context.Source!).Arguments, context)),
        },
        new("type", new GraphQLNonNull(Type)) { ResolveSource = source => ((GraphQLField)source!).Type },
        new("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean)) { ResolveSource = source => ((GraphQLField)source!).DeprecationReason is not null },
        new("deprecationReason", SpecifiedScalars.String) { ResolveSource = source => ((GraphQLField)source!).DeprecationReason },
    ];

    private static IEnumerable<GraphQLField> InputValueFields() =>
    [
        new("name", new GraphQLNonNull(SpecifiedScalars.String)) { ResolveSource = source => ((GraphQLInputValue)source!).Name },
        new("description", SpecifiedScalars.String) { ResolveSource = source => ((GraphQLInputValue)source!).Description },
        new("type", new GraphQLNonNull(Type)) { ResolveSource = source => ((GraphQLInputValue)source!).Type },
        new("defaultValue", SpecifiedScalars.String)
        {
            Description = "A GraphQL-formatted string representing the default value for this input value.",
            ResolveSource = source => DefaultValueText((GraphQLInputValue)source!),
        },
        new("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean)) { ResolveSource = source => ((GraphQLInputValue)source!).DeprecationReason is not null },
        new("deprecationReason", SpecifiedScalars.String) { ResolveSource = source => ((GraphQLInputValue)source!).DeprecationReason },
    ];

    private static IEnumerable<GraphQLField> EnumValueFields() =>
    [
        new("name", new GraphQLNonNull(SpecifiedScalars.String)) { ResolveSource = source => ((GraphQLEnumValue)source!).Name },
        new("description", SpecifiedScalars.String) { ResolveSource = source => ((GraphQLEnumValue)source!).Description },
        new("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean)) { ResolveSource = source => ((GraphQLEnumValue)source!).DeprecationReason is not null },
        new("deprecationReason", SpecifiedScalars.String) { ResolveSource = source => ((GraphQLEnumValue)source!).DeprecationReason },
    ];

    private static IEnumerable<GraphQLEnumValue> DirectiveLocationValues()
    {
        foreach (var location in Enum.GetValues<Language.DirectiveLocation>())
        {
            var name = location.ToSpecName();
            yield return new GraphQLEnumValue(name, location) { Description = LocationDescription(location) };
        }
    }

    private static string LocationDescription(Language.DirectiveLocation location) => location switch
    {
        Language.DirectiveLocation.Query => "Location adjacent to a query operation.",
        Language.DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        Language.DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        Language.DirectiveLocation.Field => "Location adjacent to a field.",
        Language.DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        Language.DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        Language.DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        Language.DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        Language.DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        Language.DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        Language.DirectiveLocation.Object => "Location adjacent to an object type definition.",
        Language.DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        Language.DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        Language.DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        Language.DirectiveLocation.Union => "Location adjacent to a union definition.",
        Language.DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        Language.DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        Language.DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        Language.DirectiveLocation.InputFieldDefinition => "Location adjacent to an input object field definition.",
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, null),
    };

    private static GraphQLNonNull NonNullListOf(GraphQLType itemType) => new(new GraphQLList(new GraphQLNonNull(itemType)));

    private static IEnumerable<T> Deprecatable<T>(IEnumerable<T> items, IResolveFieldContext context)
        where T : GraphQLInputValue => Deprecatable(items, item => item.DeprecationReason, context);

    private static IEnumerable<T> Deprecatable<T>(IEnumerable<T> items, Func<T, string?> deprecationReason, IResolveFieldContext context)
    {
        if (context.Arguments.TryGetValue("includeDeprecated", out var include) && include is true)
        {
            return items;
        }

        var active = new List<T>();
        foreach (var item in items)
        {
            if (deprecationReason(item) is null)
            {
                active.Add(item);
            }
        }

        return active;
    }

    private static string? DefaultValueText(GraphQLInputValue value) =>
        value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } node ? Printer.Print(node) : null;
}
