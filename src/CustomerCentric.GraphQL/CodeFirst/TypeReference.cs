using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>A type named in an override (attribute or fluent call), resolved when the schema is created, once every type exists.</summary>
internal abstract record TypeReference
{
    public static TypeReference FromSdl(string sdlType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sdlType);
        return new Sdl(Parser.ParseType(sdlType));
    }

    public static TypeReference FromClr(Type clrType) => new Clr(clrType ?? throw new ArgumentNullException(nameof(clrType)));

    public static TypeReference FromSchema(GraphQLType type) => new Schema(type ?? throw new ArgumentNullException(nameof(type)));

    /// <summary>SDL such as <c>[Customer!]!</c>.</summary>
    public sealed record Sdl(TypeNode Node) : TypeReference;

    /// <summary>A CLR type mapped by the conventions; reference types are non-null (a generic argument cannot carry <c>?</c>).</summary>
    public sealed record Clr(Type Type) : TypeReference;

    /// <summary>A type object built by hand.</summary>
    public sealed record Schema(GraphQLType Type) : TypeReference;
}
