namespace CustomerCentric.Worker.Tests.World;

/// <summary>The system clock moved by <see cref="Offset"/>: lets a test jump past SLA deadlines while timers still run.</summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
