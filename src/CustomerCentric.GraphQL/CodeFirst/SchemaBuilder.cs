using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from C# classes and records by conventions (HotChocolate's, for the most part):
/// <list type="bullet">
/// <item>public properties and methods become fields, camelCased; methods lose a <c>Get</c> prefix and an <c>Async</c> suffix;</item>
/// <item>method parameters become arguments (C# defaults become GraphQL defaults), except <see cref="CancellationToken"/>,
/// <see cref="IResolveFieldContext"/>, <c>[Service]</c> and <c>[Parent]</c> parameters;</item>
/// <item>nullable annotations and <see cref="Nullable{T}"/> decide nullability; arrays and <see cref="IEnumerable{T}"/> become lists;
/// <see cref="Task{T}"/>/<see cref="ValueTask{T}"/> are unwrapped; <see cref="IAsyncEnumerable{T}"/> methods of the subscription type are event streams;</item>
/// <item>enums become enums with SCREAMING_SNAKE_CASE values; classes used as parameters become input objects named <c>...Input</c>;
/// C# interfaces become interfaces, implemented by the schema's object types whose classes implement them;
/// <c>[GraphQLUnion]</c> interfaces (or <see cref="AddUnionType{T}"/>) become unions;</item>
/// <item>scalars: string, bool, int (and smaller), float/double/decimal, <see cref="Guid"/> as <c>UUID</c>, <see cref="DateTimeOffset"/>
/// and <see cref="DateTime"/> as <c>DateTime</c>; others via <see cref="BindScalar"/>.</item>
/// </list>
/// Resolvers are compiled to delegates once, here. Root types come from the request's services when registered there, otherwise one
/// instance is created (public parameterless constructor) and shared by all requests.
/// </summary>
public sealed class SchemaBuilder
{
    /// <summary>The <see cref="GraphQLNamedType.Metadata"/> key holding the CLR type a code-first type was made from.</summary>
    public const string ClrTypeMetadataKey = "clrType";

    private readonly Dictionary<Type, GraphQLScalarType> _scalars = new()
    {
        [typeof(string)] = SpecifiedScalars.String,
        [typeof(bool)] = SpecifiedScalars.Boolean,
        [typeof(int)] = SpecifiedScalars.Int,
        [typeof(short)] = SpecifiedScalars.Int,
        [typeof(byte)] = SpecifiedScalars.Int,
        [typeof(double)] = SpecifiedScalars.Float,
        [typeof(float)] = SpecifiedScalars.Float,
        [typeof(decimal)] = SpecifiedScalars.Float,
        [typeof(Guid)] = ExtendedScalars.Uuid,
        [typeof(DateTimeOffset)] = ExtendedScalars.DateTime,
        [typeof(DateTime)] = ExtendedScalars.DateTime,
    };

    private readonly Dictionary<Type, TypeConfig> _configs = [];
    private readonly Dictionary<Type, InputObjectTypeConfig> _inputConfigs = [];
    private readonly Dictionary<Type, string?> _unions = [];
    private readonly List<Type> _types = [];
    private readonly List<Type> _inputTypes = [];
    private Type? _query;
    private Type? _mutation;
    private Type? _subscription;
    private string? _description;

    /// <summary>The query root: a class, or an <see cref="ObjectType{T}"/> configuring one. Named <c>Query</c> unless renamed.</summary>
    public SchemaBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    public SchemaBuilder AddQueryType(Type type)
    {
        _query = ConfiguredRoot(type);
        return this;
    }

    public SchemaBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    public SchemaBuilder AddMutationType(Type type)
    {
        _mutation = ConfiguredRoot(type);
        return this;
    }

    /// <summary>The subscription root: its methods return <see cref="IAsyncEnumerable{T}"/> (possibly in a Task) of the events.</summary>
    public SchemaBuilder AddSubscriptionType<T>() => AddSubscriptionType(typeof(T));

    public SchemaBuilder AddSubscriptionType(Type type)
    {
        _subscription = ConfiguredRoot(type);
        return this;
    }

    /// <summary>
    /// A type to include even if no field reaches it (an interface's implementations), or a fluent type: <see cref="ObjectType{T}"/>,
    /// <see cref="InterfaceType{T}"/>, <see cref="InputObjectType{T}"/>, <see cref="EnumType{T}"/> or <see cref="UnionType{T}"/>.
    /// </summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    public SchemaBuilder AddType(Type type)
    {
        var (clrType, config) = Configured(type);
        (config is InputObjectTypeConfig ? _inputTypes : _types).Add(clrType);
        return this;
    }

    /// <summary>Makes <typeparamref name="T"/> (an interface or abstract class) a union of the object types whose classes implement it.</summary>
    public SchemaBuilder AddUnionType<T>(string? name = null)
    {
        _unions[typeof(T)] = name;
        _types.Add(typeof(T));
        return this;
    }

    /// <summary>Maps a CLR type to a scalar, replacing the default mapping if there is one (e.g. <see cref="Guid"/> to <c>ID</c>).</summary>
    public SchemaBuilder BindScalar<TClr>(GraphQLScalarType scalar) => BindScalar(typeof(TClr), scalar);

    public SchemaBuilder BindScalar(Type clrType, GraphQLScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        _scalars[clrType] = scalar ?? throw new ArgumentNullException(nameof(scalar));
        return this;
    }

    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Creates and validates the schema; throws <see cref="CodeFirstSchemaException"/> naming the member a problem is about.</summary>
    public GraphQLSchema Create()
    {
        if (_query is null)
        {
            throw new CodeFirstSchemaException("A schema needs a query type: call AddQueryType<T>().");
        }

        var factory = new TypeFactory(_scalars, _configs, _inputConfigs, _unions);
        var query = factory.Root(_query, "Query", isSubscription: false);
        var mutation = _mutation is null ? null : factory.Root(_mutation, "Mutation", isSubscription: false);
        var subscription = _subscription is null ? null : factory.Root(_subscription, "Subscription", isSubscription: true);
        foreach (var type in _types)
        {
            factory.Output(type);
        }

        foreach (var type in _inputTypes)
        {
            factory.Input(type);
        }

        var types = factory.Complete();
        return new GraphQLSchema(new GraphQLSchemaConfig
        {
            Query = query,
            Mutation = mutation,
            Subscription = subscription,
            Types = types,
            Description = _description,
        }).AssertValid();
    }

    private Type ConfiguredRoot(Type type)
    {
        var (clrType, config) = Configured(type);
        if (config is not (null or ObjectTypeConfig) || clrType.IsInterface)
        {
            throw new CodeFirstSchemaException($"A root type must be a class or an ObjectType<T>, and {type.Name} is not.");
        }

        return clrType;
    }

    private (Type ClrType, TypeConfig? Config) Configured(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!typeof(ITypeConfiguration).IsAssignableFrom(type))
        {
            return (type, null);
        }

        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new CodeFirstSchemaException($"{type.Name} must be a concrete class with a public parameterless constructor.");
        }

        var config = ((ITypeConfiguration)Activator.CreateInstance(type)!).Describe();
        switch (config)
        {
            case InputObjectTypeConfig input:
                _inputConfigs[input.ClrType] = input;
                break;
            case UnionTypeConfig union:
                _configs[union.ClrType] = union;
                _unions[union.ClrType] = union.Name;
                break;
            default:
                _configs[config.ClrType] = config;
                break;
        }

        return (config.ClrType, config);
    }
}
