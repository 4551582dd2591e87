using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Creates the GraphQL types of CLR types by the conventions (one instance per CLR type and direction), in the order they are first
/// met, and checks that no two CLR types claim one GraphQL name. Fields are thunks; <see cref="Complete"/> forces them all so every
/// error surfaces at schema creation, naming the member it is about.
/// </summary>
internal sealed class TypeFactory
{
    private static readonly HashSet<string> ObjectMethodNames = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "MemberwiseClone", "Finalize"];

    private readonly IReadOnlyDictionary<Type, GraphQLScalarType> _scalars;
    private readonly IReadOnlyDictionary<Type, TypeConfig> _configs;
    private readonly IReadOnlyDictionary<Type, InputObjectTypeConfig> _inputConfigs;
    private readonly IReadOnlyDictionary<Type, string?> _unions;
    private readonly Dictionary<Type, GraphQLNamedType> _outputs = [];
    private readonly Dictionary<Type, GraphQLNamedType> _inputs = [];
    private readonly Dictionary<string, (GraphQLNamedType Type, Type? Clr)> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphQLNamedType, Type> _clrTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, (string Name, bool IsSubscription)> _roots = [];
    private readonly List<GraphQLNamedType> _created = [];
    private readonly ConcurrentDictionary<Type, string?> _objectTypeNames = new();
    private readonly NullabilityInfoContext _nullability = new();
    private readonly InputValueConverter _converter;
    private readonly ResolverCompiler _compiler;

    public TypeFactory(
        IReadOnlyDictionary<Type, GraphQLScalarType> scalars,
        IReadOnlyDictionary<Type, TypeConfig> configs,
        IReadOnlyDictionary<Type, InputObjectTypeConfig> inputConfigs,
        IReadOnlyDictionary<Type, string?> unions)
    {
        _scalars = scalars;
        _configs = configs;
        _inputConfigs = inputConfigs;
        _unions = unions;
        _converter = new InputValueConverter(BindingOf);
        _compiler = new ResolverCompiler(_converter);
    }

    public GraphQLObjectType Root(Type clrType, string name, bool isSubscription)
    {
        if (!clrType.IsClass)
        {
            throw new CodeFirstSchemaException($"The root type {name} must be a class, but {ClrTypeShape.Display(clrType)} is not.");
        }

        _roots[clrType] = (name, isSubscription);
        return Output(clrType) as GraphQLObjectType
            ?? throw new CodeFirstSchemaException($"The root type {name} must be an object type, but {ClrTypeShape.Display(clrType)} maps to an interface or union.");
    }

    /// <summary>Forces every type's fields (creating the types they reach) and returns all types in creation order.</summary>
    public IReadOnlyList<GraphQLNamedType> Complete()
    {
        for (var i = 0; i < _created.Count; i++)
        {
            switch (_created[i])
            {
                case GraphQLImplementingType implementing:
                    _ = implementing.Fields;
                    break;
                case GraphQLInputObjectType inputObject:
                    _ = inputObject.Fields;
                    break;
            }
        }

        return _created;
    }

    public GraphQLNamedType Output(Type clrType)
    {
        if (_outputs.TryGetValue(clrType, out var known))
        {
            return known;
        }

        if (Leaf(clrType) is { } leaf)
        {
            return _outputs[clrType] = leaf;
        }

        if (IsUnsupported(clrType))
        {
            throw new NotSupportedException($"{ClrTypeShape.Display(clrType)} has no GraphQL type; bind a scalar for it with BindScalar or change the member's type");
        }

        if (_unions.TryGetValue(clrType, out var unionName))
        {
            return Union(clrType, unionName);
        }

        if (clrType.GetCustomAttribute<GraphQLUnionAttribute>() is { } union)
        {
            return Union(clrType, union.Name);
        }

        return clrType.IsInterface ? Interface(clrType) : Object(clrType);
    }

    public GraphQLNamedType Input(Type clrType)
    {
        if (_inputs.TryGetValue(clrType, out var known))
        {
            return known;
        }

        if (Leaf(clrType) is { } leaf)
        {
            return _inputs[clrType] = leaf;
        }

        if (IsUnsupported(clrType) || clrType.IsInterface || clrType.IsAbstract)
        {
            throw new NotSupportedException($"{ClrTypeShape.Display(clrType)} cannot be a GraphQL input type; use a scalar, an enum or a concrete class or record");
        }

        var config = _inputConfigs.GetValueOrDefault(clrType);
        var binding = BindingOf(clrType);
        var type = new GraphQLInputObjectType(config?.Name ?? NameConventions.InputTypeName(clrType), () => InputFields(binding, config))
        {
            Description = config?.Description ?? clrType.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            IsOneOf = config?.IsOneOf == true || clrType.GetCustomAttribute<OneOfAttribute>() is not null,
            Metadata = WithClrType(config?.Metadata, clrType),
        };
        return _inputs[clrType] = Register(type, clrType);
    }

    public GraphQLType OutputType(ClrTypeShape shape) =>
        Wrap(shape.IsList ? new GraphQLList(OutputType(shape.Element!)) : Output(shape.NamedType), shape.IsNullable);

    public GraphQLType InputType(ClrTypeShape shape) =>
        Wrap(shape.IsList ? new GraphQLList(InputType(shape.Element!)) : Input(shape.NamedType), shape.IsNullable);

    private static GraphQLType Wrap(GraphQLType type, bool nullable) => nullable ? type : new GraphQLNonNull(type);

    private static bool IsUnsupported(Type type) =>
        type == typeof(object) || type.IsPrimitive || type.IsPointer || type.IsByRef || type.IsGenericTypeDefinition
        || typeof(Delegate).IsAssignableFrom(type) || typeof(Task).IsAssignableFrom(type) || type == typeof(string)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>)) || type == typeof(ValueTask)
        || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true;

    private GraphQLNamedType? Leaf(Type clrType)
    {
        if (_scalars.TryGetValue(clrType, out var scalar))
        {
            return Register(scalar, null);
        }

        if (!clrType.IsEnum)
        {
            return null;
        }

        if (_outputs.TryGetValue(clrType, out var known) || _inputs.TryGetValue(clrType, out known))
        {
            return known;
        }

        var config = _configs.GetValueOrDefault(clrType) as EnumTypeConfig;
        var values = clrType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(member => (Member: member, Value: member.GetValue(null)!, Config: config?.Values.GetValueOrDefault(member.GetValue(null)!)))
            .Where(value => value.Member.GetCustomAttribute<GraphQLIgnoreAttribute>() is null && value.Config is not { Ignored: true })
            .Select(value => new GraphQLEnumValue(
                value.Config?.Name ?? value.Member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.ToConstantCase(value.Member.Name), value.Value)
            {
                Description = value.Config?.Description ?? value.Member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
                DeprecationReason = value.Config?.DeprecationReason ?? DeprecationOf(value.Member),
            });
        var enumType = new GraphQLEnumType(config?.Name ?? NameConventions.TypeName(clrType), values)
        {
            Description = config?.Description ?? clrType.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            Metadata = WithClrType(config?.Metadata, clrType),
        };
        _outputs[clrType] = _inputs[clrType] = enumType;
        return Register(enumType, clrType);
    }

    private GraphQLObjectType Object(Type clrType)
    {
        var config = _configs.GetValueOrDefault(clrType) as ObjectTypeConfig;
        var isRoot = _roots.TryGetValue(clrType, out var root);
        var name = config?.Name ?? (clrType.GetCustomAttribute<GraphQLNameAttribute>() is null && isRoot ? root.Name : NameConventions.TypeName(clrType));
        var rootInstance = isRoot ? CreateRootInstance(clrType, name) : null;
        var type = new GraphQLObjectType(name, () => Fields(clrType, name, config, rootInstance, isRoot && root.IsSubscription), () => Interfaces(clrType))
        {
            Description = config?.Description ?? clrType.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            Metadata = WithClrType(config?.Metadata, clrType),
            IsTypeOf = IsTypeOf(clrType),
            RuntimeType = clrType,
        };
        _outputs[clrType] = type;
        return Register(type, clrType);
    }

    private GraphQLInterfaceType Interface(Type clrType)
    {
        var config = _configs.GetValueOrDefault(clrType) as ObjectTypeConfig;
        var name = config?.Name ?? NameConventions.TypeName(clrType);
        var type = new GraphQLInterfaceType(name, () => Fields(clrType, name, config, null, false), () => Interfaces(clrType))
        {
            Description = config?.Description ?? clrType.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            Metadata = WithClrType(config?.Metadata, clrType),
            ResolveType = ResolveType,
        };
        _outputs[clrType] = type;
        return Register(type, clrType);
    }

    private GraphQLUnionType Union(Type clrType, string? name)
    {
        var config = _configs.GetValueOrDefault(clrType) as UnionTypeConfig;
        var type = new GraphQLUnionType(
            config?.Name ?? name ?? NameConventions.TypeName(clrType),
            () => _created.OfType<GraphQLObjectType>().Where(member => clrType.IsAssignableFrom(_clrTypes[member])))
        {
            Description = config?.Description ?? clrType.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            Metadata = WithClrType(config?.Metadata, clrType),
            ResolveType = ResolveType,
        };
        _outputs[clrType] = type;
        return Register(type, clrType);
    }

    private static Dictionary<string, object?> WithClrType(Dictionary<string, object?>? metadata, Type clrType) =>
        new(metadata ?? [], StringComparer.Ordinal) { [SchemaBuilder.ClrTypeMetadataKey] = clrType };

    private T Register<T>(T type, Type? clrType)
        where T : GraphQLNamedType
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            if (ReferenceEquals(existing.Type, type))
            {
                return type;
            }

            var first = existing.Clr is null ? $"the scalar {existing.Type.Name}" : ClrTypeShape.Display(existing.Clr);
            var second = clrType is null ? $"the scalar {type.Name}" : ClrTypeShape.Display(clrType);
            throw new CodeFirstSchemaException($"Both {first} and {second} map to the GraphQL type name \"{type.Name}\"; rename one with [GraphQLName] or the fluent Name().");
        }

        _byName[type.Name] = (type, clrType);
        _created.Add(type);
        if (clrType is not null)
        {
            _clrTypes[type] = clrType;
        }

        return type;
    }

    private IEnumerable<GraphQLInterfaceType> Interfaces(Type clrType) =>
        clrType.GetInterfaces().Select(i => _outputs.GetValueOrDefault(i)).OfType<GraphQLInterfaceType>();

    private ValueTask<string?> ResolveType(object value, IResolveFieldContext context, GraphQLNamedType abstractType) =>
        new(_objectTypeNames.GetOrAdd(value.GetType(), ObjectTypeNameOf));

    private string? ObjectTypeNameOf(Type runtimeType)
    {
        // A runtime subclass (a proxy, a derived record) resolves to the nearest base class that has an object type.
        for (var type = runtimeType; type is not null; type = type.BaseType)
        {
            if (_outputs.GetValueOrDefault(type) is GraphQLObjectType objectType)
            {
                return objectType.Name;
            }
        }

        return null;
    }

    private static IsTypeOf IsTypeOf(Type clrType) => (value, _) => clrType.IsInstanceOfType(value);

    private static object? CreateRootInstance(Type clrType, string name)
    {
        var constructor = clrType.GetConstructor(Type.EmptyTypes);
        Delegate? create = null;
        if (constructor is not null)
        {
            var newExpression = System.Linq.Expressions.Expression.New(constructor);
            create = System.Linq.Expressions.Expression.Lambda(typeof(Func<>).MakeGenericType(clrType), newExpression).Compile();
        }

        return Activator.CreateInstance(typeof(RootInstance<>).MakeGenericType(clrType), create, name);
    }

    private IEnumerable<GraphQLField> Fields(Type clrType, string typeName, ObjectTypeConfig? config, object? rootInstance, bool isSubscription)
    {
        var byName = config?.Fields.Where(f => f.Member is null).ToList() ?? [];
        var fields = new List<GraphQLField>();
        foreach (var member in Members(clrType))
        {
            var conventionalName = member.GetCustomAttribute<GraphQLNameAttribute>()?.Name
                ?? (member is MethodInfo ? NameConventions.FieldNameOfMethod(member.Name) : NameConventions.ToCamelCase(member.Name));
            var configs = config?.Fields.Where(f => f.Member == member || (f.Member is null && f.LookupName == conventionalName)).ToList() ?? [];
            byName.RemoveAll(configs.Contains);
            if (member.GetCustomAttribute<GraphQLIgnoreAttribute>() is not null || configs.Any(c => c.Ignored))
            {
                continue;
            }

            try
            {
                fields.Add(MemberField(member, conventionalName, configs, typeName, rootInstance, isSubscription));
            }
            catch (Exception exception) when (exception is not CodeFirstSchemaException)
            {
                throw new CodeFirstSchemaException($"Cannot map {ClrTypeShape.Display(clrType)}.{member.Name} to a GraphQL field: {exception.Message}.", exception);
            }
        }

        foreach (var computed in byName.Where(f => !f.Ignored))
        {
            try
            {
                fields.Add(ComputedField(computed));
            }
            catch (Exception exception) when (exception is not CodeFirstSchemaException)
            {
                throw new CodeFirstSchemaException($"Cannot define the field {typeName}.{computed.LookupName}: {exception.Message}.", exception);
            }
        }

        return fields;
    }

    private static IEnumerable<MemberInfo> Members(Type clrType)
    {
        var types = clrType.IsInterface ? [clrType, .. clrType.GetInterfaces()] : new[] { clrType };
        var properties = types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
        var methods = types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object) && m.DeclaringType != typeof(ValueType)
                && !ObjectMethodNames.Contains(m.Name) && !m.Name.StartsWith('<') && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null);
        return properties.Cast<MemberInfo>().Concat(methods);
    }

    private GraphQLField MemberField(MemberInfo member, string conventionalName, List<FieldConfig> configs, string typeName, object? rootInstance, bool isSubscription)
    {
        var (clrType, nullability) = member switch
        {
            PropertyInfo property => (property.PropertyType, _nullability.Create(property)),
            MethodInfo m => (m.ReturnType, _nullability.Create(m.ReturnParameter)),
            _ => throw new NotSupportedException("only properties and methods become fields"),
        };
        var method = member as MethodInfo;
        if (method is not null)
        {
            if (method.IsGenericMethodDefinition)
            {
                throw new NotSupportedException("generic methods cannot be fields; add [GraphQLIgnore] or make it non-generic");
            }

            if (clrType == typeof(void) || clrType == typeof(Task) || clrType == typeof(ValueTask))
            {
                throw new NotSupportedException("it returns no value; a field must return one (add [GraphQLIgnore] to keep it out)");
            }
        }

        if (ClrTypeShape.Awaited(clrType, nullability) is var (awaited, awaitedNullability))
        {
            (clrType, nullability) = (awaited, awaitedNullability);
        }

        Type? streamItem = null;
        if (ClrTypeShape.StreamItem(clrType, nullability) is var (item, itemNullability))
        {
            if (!isSubscription || method is null)
            {
                throw new NotSupportedException("IAsyncEnumerable<T> results are for methods of the subscription type only");
            }

            (streamItem, clrType, nullability) = (item, item, itemNullability);
        }

        var typeReference = configs.Select(c => c.Type).LastOrDefault(t => t is not null) ?? member.GetCustomAttribute<GraphQLTypeAttribute>()?.Reference;
        var fieldType = typeReference is null ? OutputType(ClrTypeShape.From(clrType, nullability)) : Resolve(typeReference, input: false);
        var bindings = method is null ? [] : method.GetParameters().Select(p => Bind(p, configs)).ToList();
        var arguments = ArgumentsOf(bindings, configs);
        var field = new GraphQLField(configs.Select(c => c.Name).LastOrDefault(n => n is not null) ?? conventionalName, fieldType)
        {
            Description = configs.Select(c => c.Description).LastOrDefault(d => d is not null) ?? member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            DeprecationReason = configs.Select(c => c.DeprecationReason).LastOrDefault(d => d is not null) ?? DeprecationOf(member),
            Arguments = arguments,
            Metadata = FieldMetadata(member, configs),
        };

        var resolver = configs.Select(c => c.Resolver).LastOrDefault(r => r is not null);
        if (resolver is not null)
        {
            field.Resolve = resolver;
        }
        else if (member is PropertyInfo property)
        {
            if (rootInstance is null)
            {
                field.ResolveSource = ResolverCompiler.CompileProperty(property, typeName);
                field.PropertyRead = new PropertyRead(property, field.ResolveSource);
            }
            else
            {
                field.Resolve = ResolverCompiler.CompileRootProperty(property, rootInstance);
            }
        }
        else if (streamItem is not null)
        {
            field.Subscribe = _compiler.CompileSubscription(method!, streamItem, bindings, rootInstance, typeName);
            field.Resolve = static context => new ValueTask<object?>(context.Source);
        }
        else
        {
            field.Resolve = _compiler.CompileMethod(method!, bindings, rootInstance, typeName);
        }

        return field;
    }

    private GraphQLField ComputedField(FieldConfig config)
    {
        if (config.Type is null || config.Resolver is null)
        {
            throw new NotSupportedException("a field without a C# member needs both Type(...) and Resolve(...)");
        }

        return new GraphQLField(config.Name ?? config.LookupName!, Resolve(config.Type, input: false))
        {
            Description = config.Description,
            DeprecationReason = config.DeprecationReason,
            Arguments = ArgumentsOf([], [config]),
            Metadata = new Dictionary<string, object?>(config.Metadata, StringComparer.Ordinal),
            Resolve = config.Resolver,
        };
    }

    private ParameterBinding Bind(ParameterInfo parameter, List<FieldConfig> configs)
    {
        var type = parameter.ParameterType;
        if (type.IsByRef || parameter.IsOut)
        {
            throw new NotSupportedException($"parameter \"{parameter.Name}\" is passed by reference, which a resolver cannot fill");
        }

        if (type == typeof(CancellationToken))
        {
            return new ParameterBinding(parameter, ParameterSource.CancellationToken);
        }

        if (type == typeof(IResolveFieldContext))
        {
            return new ParameterBinding(parameter, ParameterSource.Context);
        }

        if (parameter.GetCustomAttribute<ServiceAttribute>() is not null)
        {
            var optional = parameter.HasDefaultValue || ClrTypeShape.From(type, _nullability.Create(parameter)).IsNullable;
            return new ParameterBinding(parameter, ParameterSource.Service, Optional: optional);
        }

        if (parameter.GetCustomAttribute<ParentAttribute>() is not null)
        {
            return new ParameterBinding(parameter, ParameterSource.Parent);
        }

        var name = parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.ToCamelCase(parameter.Name!);
        ParameterDefaults.TryGet(parameter, out var fallback);
        var overrideConfig = configs.SelectMany(c => c.Arguments).LastOrDefault(a => a.Name == name);
        if (overrideConfig is { HasDefaultValue: true } && overrideConfig.DefaultValue is { } overrideDefault && type.IsInstanceOfType(overrideDefault))
        {
            fallback = overrideDefault;
        }

        return new ParameterBinding(parameter, ParameterSource.Argument, name, fallback);
    }

    private List<GraphQLArgument> ArgumentsOf(List<ParameterBinding> bindings, List<FieldConfig> configs)
    {
        var overrides = configs.SelectMany(c => c.Arguments).ToList();
        var arguments = new List<GraphQLArgument>();
        foreach (var binding in bindings.Where(b => b.Source == ParameterSource.Argument))
        {
            var parameter = binding.Parameter;
            var overrideConfig = overrides.LastOrDefault(a => a.Name == binding.ArgumentName);
            overrides.RemoveAll(a => a.Name == binding.ArgumentName);
            var typeReference = overrideConfig?.Type ?? parameter.GetCustomAttribute<GraphQLTypeAttribute>()?.Reference;
            var type = typeReference is null
                ? InputType(ClrTypeShape.From(parameter.ParameterType, _nullability.Create(parameter)))
                : Resolve(typeReference, input: true);
            var hasDefault = overrideConfig?.HasDefaultValue == true || ParameterDefaults.TryGet(parameter, out _);
            var defaultValue = overrideConfig?.HasDefaultValue == true ? overrideConfig.DefaultValue : binding.Fallback;

            // "= null" on a nullable parameter only says "optional": GraphQL needs no default for that.
            if (hasDefault && defaultValue is null && type is not GraphQLNonNull && overrideConfig?.HasDefaultValue != true)
            {
                hasDefault = false;
            }

            arguments.Add(NewArgument(binding.ArgumentName!, type, hasDefault, defaultValue,
                overrideConfig?.Description ?? parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description, DeprecationOf(parameter)));
        }

        foreach (var added in overrides)
        {
            if (added.Type is null)
            {
                throw new NotSupportedException($"argument \"{added.Name}\" matches no method parameter, so it needs Type(...)");
            }

            arguments.Add(NewArgument(added.Name, Resolve(added.Type, input: true), added.HasDefaultValue, added.DefaultValue, added.Description, null));
        }

        return arguments;
    }

    private static GraphQLArgument NewArgument(string name, GraphQLType type, bool hasDefault, object? defaultValue, string? description, string? deprecation) =>
        hasDefault
            ? new GraphQLArgument(name, type) { DefaultValue = defaultValue, Description = description, DeprecationReason = deprecation }
            : new GraphQLArgument(name, type) { Description = description, DeprecationReason = deprecation };

    private InputObjectBinding BindingOf(Type clrType) => InputObjectBinding.For(clrType, _inputConfigs.GetValueOrDefault(clrType));

    private IEnumerable<GraphQLInputField> InputFields(InputObjectBinding binding, InputObjectTypeConfig? config)
    {
        var fields = new List<GraphQLInputField>();
        foreach (var member in binding.Members)
        {
            try
            {
                var property = member.Property;
                var fieldConfig = config?.Find(property);
                var typeReference = fieldConfig?.Type ?? property.GetCustomAttribute<GraphQLTypeAttribute>()?.Reference;
                var type = typeReference is null ? InputType(ClrTypeShape.From(property.PropertyType, _nullability.Create(property))) : Resolve(typeReference, input: true);
                var description = fieldConfig?.Description
                    ?? property.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? member.Parameter?.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
                var deprecation = fieldConfig?.DeprecationReason ?? DeprecationOf(property);
                object? defaultValue = null;
                bool hasDefault;
                if (fieldConfig is { HasDefaultValue: true })
                {
                    hasDefault = true;
                    defaultValue = fieldConfig.DefaultValue;
                }
                else
                {
                    hasDefault = member.Parameter is not null && ParameterDefaults.TryGet(member.Parameter, out defaultValue) && (defaultValue is not null || type is GraphQLNonNull);
                }
                fields.Add(hasDefault
                    ? new GraphQLInputField(member.Name, type) { DefaultValue = defaultValue, Description = description, DeprecationReason = deprecation }
                    : new GraphQLInputField(member.Name, type) { Description = description, DeprecationReason = deprecation });
            }
            catch (Exception exception) when (exception is not CodeFirstSchemaException)
            {
                throw new CodeFirstSchemaException($"Cannot map {ClrTypeShape.Display(binding.ClrType)}.{member.Property.Name} to a GraphQL input field: {exception.Message}.", exception);
            }
        }

        // The converter is built now too, so an input class the resolvers cannot construct fails at schema creation.
        _converter.For(binding.ClrType);
        return fields;
    }

    private static Dictionary<string, object?> FieldMetadata(MemberInfo member, List<FieldConfig> configs)
    {
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var attribute in member.GetCustomAttributes<FieldMetadataAttribute>())
        {
            attribute.Apply(metadata);
        }

        foreach (var (key, value) in configs.SelectMany(c => c.Metadata))
        {
            metadata[key] = value;
        }

        return metadata;
    }

    private static string? DeprecationOf(ICustomAttributeProvider member)
    {
        foreach (var attribute in member.GetCustomAttributes(inherit: true))
        {
            switch (attribute)
            {
                case GraphQLDeprecatedAttribute deprecated:
                    return deprecated.Reason;
                case ObsoleteAttribute obsolete:
                    return obsolete.Message ?? SpecifiedDirectives.DefaultDeprecationReason;
            }
        }

        return null;
    }

    private GraphQLType Resolve(TypeReference reference, bool input) => reference switch
    {
        TypeReference.Schema schema => schema.Type,
        TypeReference.Clr clr => input ? InputType(ClrTypeShape.NonNullByDefault(clr.Type)) : OutputType(ClrTypeShape.NonNullByDefault(clr.Type)),
        TypeReference.Sdl sdl => FromTypeNode(sdl.Node),
        _ => throw new ArgumentOutOfRangeException(nameof(reference)),
    };

    private GraphQLType FromTypeNode(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new GraphQLNonNull(FromTypeNode(nonNull.Type)),
        ListTypeNode list => new GraphQLList(FromTypeNode(list.Type)),
        NamedTypeNode named => NamedType(named.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private GraphQLNamedType NamedType(string name)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known.Type;
        }

        var scalar = _scalars.Values.FirstOrDefault(s => s.Name == name) ?? SpecifiedScalars.ByName(name)
            ?? throw new NotSupportedException($"no type named \"{name}\" is known yet; register its CLR type with AddType or bind the scalar");
        return Register(scalar, null);
    }
}
