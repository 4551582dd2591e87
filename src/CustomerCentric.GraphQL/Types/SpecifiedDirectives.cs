using static CustomerCentric.GraphQL.Language.DirectiveLocation;

namespace CustomerCentric.GraphQL.Types;

/// <summary>The directives every schema has: <c>@include</c>, <c>@skip</c> (spec 3.13.1-2), <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static GraphQLDirective Include { get; } = new("include", [Field, FragmentSpread, InlineFragment])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new GraphQLArgument("if", new GraphQLNonNull(SpecifiedScalars.Boolean)) { Description = "Included when true." }],
    };

    public static GraphQLDirective Skip { get; } = new("skip", [Field, FragmentSpread, InlineFragment])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new GraphQLArgument("if", new GraphQLNonNull(SpecifiedScalars.Boolean)) { Description = "Skipped when true." }],
    };

    public static GraphQLDirective Deprecated { get; } = new("deprecated", [FieldDefinition, ArgumentDefinition, InputFieldDefinition, EnumValue])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new GraphQLArgument("reason", SpecifiedScalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = DefaultDeprecationReason,
            },
        ],
    };

    public static GraphQLDirective SpecifiedBy { get; } = new("specifiedBy", [Scalar])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = [new GraphQLArgument("url", new GraphQLNonNull(SpecifiedScalars.String)) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    public static GraphQLDirective OneOf { get; } = new("oneOf", [InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>In graphql-js order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<GraphQLDirective> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecifiedDirective(GraphQLDirective directive) =>
        directive.Name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
