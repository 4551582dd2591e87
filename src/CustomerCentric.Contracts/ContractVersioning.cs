namespace CustomerCentric.Contracts;

/// <summary>
/// How the contracts evolve without breaking a running consumer:
/// <list type="bullet">
/// <item>a contract's message type is its stable URN (<see cref="UrnPrefix"/> + name), not its CLR namespace, so moving or
/// renaming the class does not orphan the messages already in the queues;</item>
/// <item>the positional members are the first version and never change meaning, type or name;</item>
/// <item>later fields are <c>init</c> properties with a default, so a message from an older producer still reads, and an older
/// consumer skips fields it does not know (System.Text.Json ignores unknown members);</item>
/// <item>a change that cannot be additive is a new contract with a new URN, published beside the old one until no consumer needs it.</item>
/// </list>
/// </summary>
public static class ContractVersioning
{
    /// <summary>Prefix of every CustomerCentric message URN after MassTransit's <c>urn:message:</c>.</summary>
    public const string UrnPrefix = "CustomerCentric:";
}
