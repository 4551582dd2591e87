using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.CodeFirst;

/// <summary>One schema written twice, as SDL with resolvers bound by name and as C#: both must be the same schema.</summary>
public sealed class SchemaFirstParityTests
{
    private const string Sdl = """
        type Query {
          touchpoints(channel: Channel, first: Int! = 10): [Touchpoint!]!
        }

        type Touchpoint {
          name: String!
          channel: Channel!
          active: Boolean!
        }

        enum Channel {
          WEB
          HOTLINE
          FIELD_SERVICE
        }
        """;

    private static readonly Touchpoint[] Touchpoints =
    [
        new("Web shop", Channel.Web, true),
        new("Hotline", Channel.Hotline, true),
        new("Technician", Channel.FieldService, false),
    ];

    public enum Channel
    {
        Web,
        Hotline,
        FieldService,
    }

    [Fact]
    public async Task Code_first_and_schema_first_print_the_same_SDL_and_resolve_alike()
    {
        var resolvers = new SchemaResolvers().Field("Query", "touchpoints", context =>
        {
            var channel = context.Arguments.GetValueOrDefault("channel") as Channel?;
            var first = (int)context.Arguments["first"]!;
            return new ValueTask<object?>(Touchpoints.Where(t => channel is null || t.Channel == channel).Take(first).ToList());
        });
        var schemaFirst = BuildAstSchema.BuildSchema(Sdl, new BuildSchemaOptions { Resolvers = resolvers });
        var codeFirst = new SchemaBuilder().AddQueryType<TouchpointQuery>().Create();

        Assert.Equal(SchemaPrinter.PrintSchema(schemaFirst), SchemaPrinter.PrintSchema(codeFirst));
        Assert.Equal(Sdl, SchemaPrinter.PrintSchema(codeFirst));

        // Schema-first enums take their names as internal values; code-first ones the C# members.
        var arguments = new Dictionary<string, object?> { ["channel"] = Channel.Hotline, ["first"] = 10 };
        var fromSdl = await new FakeResolveFieldContext(schemaFirst, "Query", "touchpoints") { Arguments = arguments }.ResolveAsync();
        var fromCode = await new FakeResolveFieldContext(codeFirst, "Query", "touchpoints") { Arguments = arguments }.ResolveAsync();
        Assert.Equal((IEnumerable<Touchpoint>)fromSdl!, (IEnumerable<Touchpoint>)fromCode!);
    }

    public sealed record Touchpoint(string Name, Channel Channel, bool Active);

    public sealed class TouchpointQuery
    {
        public IEnumerable<Touchpoint> Touchpoints(Channel? channel, int first = 10) =>
            SchemaFirstParityTests.Touchpoints.Where(t => channel is null || t.Channel == channel).Take(first);
    }
}
