using System.Reflection;
using MassTransit;

namespace CustomerCentric.Messaging.Outbox;

/// <summary>
/// The message types the dispatcher may publish, by the name the outbox stored (the CLR full name). Only contracts are
/// listed: a row naming anything else is reported as failed rather than deserialized into an arbitrary type.
/// </summary>
public sealed class OutboxMessageTypes
{
    private readonly Dictionary<string, Type> _byName;

    public OutboxMessageTypes(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _byName = types.ToDictionary(t => t.FullName ?? throw new ArgumentException($"Type {t} has no full name."), StringComparer.Ordinal);
    }

    /// <summary>Every contract (a type with [MessageUrn]) in the CustomerCentric.Contracts assembly.</summary>
    public static OutboxMessageTypes Contracts { get; } = FromAssembly(typeof(Contracts.ContractVersioning).Assembly);

    public static OutboxMessageTypes FromAssembly(Assembly assembly) =>
        new(assembly.GetExportedTypes().Where(t => t.GetCustomAttribute<MessageUrnAttribute>() is not null));

    public IReadOnlyCollection<Type> Types => _byName.Values;

    /// <exception cref="UnknownOutboxMessageTypeException">The name is not a known contract.</exception>
    public Type Resolve(string messageType) =>
        _byName.TryGetValue(messageType, out var type) ? type : throw new UnknownOutboxMessageTypeException(messageType);
}
