using System.Collections.Frozen;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Introspection;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// A schema (spec 3.3): root operation types, every named type reachable from them or listed, and directives.
/// Lookups that execution and validation repeat (types by name, possible types, subtype checks) are computed once here.
/// Construction only checks for duplicate type names; <see cref="Validate"/> / <see cref="AssertValid"/> apply the type system rules.
/// </summary>
public sealed class GraphQLSchema
{
    private static readonly IReadOnlyList<GraphQLObjectType> NoObjects = [];

    private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);

    // Every request looks types up by name (fragments, variables): a frozen copy of the type map answers faster.
    private readonly FrozenDictionary<string, GraphQLNamedType> _typesByName;
    private readonly Dictionary<string, GraphQLDirective> _directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InterfaceImplementations> _implementations = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphQLNamedType, HashSet<GraphQLNamedType>> _subTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<IReadOnlyList<GraphQLError>> _validationErrors;

    public GraphQLSchema(GraphQLSchemaConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Query = config.Query;
        Mutation = config.Mutation;
        Subscription = config.Subscription;
        Description = config.Description;
        AstNode = config.AstNode;
        ExtensionAstNodes = config.ExtensionAstNodes;
        Directives = config.Directives;
        foreach (var directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        foreach (var namedType in CollectTypes(config))
        {
            if (!_typeMap.TryAdd(namedType.Name, namedType))
            {
                throw new GraphQLSchemaValidationException(
                    [new GraphQLError($"Schema must contain uniquely named types but contains multiple types named \"{namedType.Name}\".")]);
            }

            if (namedType is GraphQLImplementingType implementing)
            {
                foreach (var iface in implementing.Interfaces)
                {
                    if (!_implementations.TryGetValue(iface.Name, out var implementations))
                    {
                        implementations = new InterfaceImplementations();
                        _implementations.Add(iface.Name, implementations);
                    }

                    if (implementing is GraphQLObjectType objectType)
                    {
                        implementations.Objects.Add(objectType);
                    }
                    else
                    {
                        implementations.Interfaces.Add((GraphQLInterfaceType)implementing);
                    }
                }
            }
        }

        _typesByName = _typeMap.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (var namedType in _typeMap.Values)
        {
            if (namedType is GraphQLUnionType union)
            {
                _subTypes[union] = new HashSet<GraphQLNamedType>(union.Types, ReferenceEqualityComparer.Instance);
            }
            else if (namedType is GraphQLInterfaceType iface)
            {
                var implementations = GetImplementations(iface);
                _subTypes[iface] = new HashSet<GraphQLNamedType>(
                    implementations.Objects.Concat<GraphQLNamedType>(implementations.Interfaces), ReferenceEqualityComparer.Instance);
            }
        }

        _validationErrors = config.AssumeValid
            ? new Lazy<IReadOnlyList<GraphQLError>>(Array.Empty<GraphQLError>())
            : new Lazy<IReadOnlyList<GraphQLError>>(() => SchemaValidator.Validate(this));
    }

    public GraphQLObjectType? Query { get; }

    public GraphQLObjectType? Mutation { get; }

    public GraphQLObjectType? Subscription { get; }

    public string? Description { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>Every named type by name, in graphql-js collection order (listed types, then query, mutation, subscription, directive arguments, introspection types).</summary>
    public IReadOnlyDictionary<string, GraphQLNamedType> TypeMap => _typeMap;

    public GraphQLNamedType? GetType(string name) => _typesByName.TryGetValue(name, out var type) ? type : null;

    public GraphQLDirective? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    public GraphQLObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type may have (spec 3.7 / 3.8 possible types).</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(IGraphQLAbstractType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        GraphQLInterfaceType iface => _implementations.TryGetValue(iface.Name, out var found) ? found.Objects : NoObjects,
        _ => NoObjects,
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public InterfaceImplementations GetImplementations(GraphQLInterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType.Name, out var found) ? found : InterfaceImplementations.None;

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or an implementation of the interface.</summary>
    public bool IsSubType(IGraphQLAbstractType abstractType, GraphQLNamedType maybeSubType) =>
        _subTypes.TryGetValue((GraphQLNamedType)abstractType, out var subTypes) && subTypes.Contains(maybeSubType);

    /// <summary>Whether a value of <paramref name="possibleType"/> may appear where <paramref name="abstractType"/> is expected.</summary>
    public bool IsPossibleType(IGraphQLAbstractType abstractType, GraphQLObjectType possibleType) => IsSubType(abstractType, possibleType);

    /// <summary>The type system errors (spec section 3 rules, graphql-js <c>validateSchema</c>); computed once.</summary>
    public IReadOnlyList<GraphQLError> Validate() => _validationErrors.Value;

    /// <summary>Throws <see cref="GraphQLSchemaValidationException"/> listing every error when the schema is invalid.</summary>
    public GraphQLSchema AssertValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new GraphQLSchemaValidationException(errors);
        }

        return this;
    }

    private static IEnumerable<GraphQLNamedType> CollectTypes(GraphQLSchemaConfig config)
    {
        // Listed types keep their order: each is moved to the end together with the types it references, as graphql-js does.
        var collected = new OrderedDictionary<GraphQLNamedType, bool>(ReferenceEqualityComparer.Instance);
        foreach (var type in config.Types)
        {
            collected.TryAdd(type, true);
        }

        foreach (var type in config.Types)
        {
            collected.Remove(type);
            Collect(type, collected);
        }

        if (config.Query is not null)
        {
            Collect(config.Query, collected);
        }

        if (config.Mutation is not null)
        {
            Collect(config.Mutation, collected);
        }

        if (config.Subscription is not null)
        {
            Collect(config.Subscription, collected);
        }

        foreach (var directive in config.Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type, collected);
            }
        }

        // Last, as in graphql-js: the introspection types (and the scalars they use, when no other type did).
        Collect(IntrospectionTypes.Schema, collected);
        return collected.Keys;
    }

    private static void Collect(GraphQLType type, OrderedDictionary<GraphQLNamedType, bool> collected)
    {
        var namedType = type.GetNamedType();
        if (!collected.TryAdd(namedType, true))
        {
            return;
        }

        switch (namedType)
        {
            case GraphQLUnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, collected);
                }

                break;
            case GraphQLImplementingType implementing:
                foreach (var iface in implementing.Interfaces)
                {
                    Collect(iface, collected);
                }

                foreach (var field in implementing.Fields.Values)
                {
                    Collect(field.Type, collected);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, collected);
                    }
                }

                break;
            case GraphQLInputObjectType inputObject:
                foreach (var field in inputObject.Fields.Values)
                {
                    Collect(field.Type, collected);
                }

                break;
        }
    }
}
