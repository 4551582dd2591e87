using System.Diagnostics;
using CustomerCentric.Hosting.PostgreSql;
using CustomerCentric.Hosting.RabbitMq;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>CPU used so far by this process, the PostgreSQL server (with its backends) and RabbitMQ; subtract two for a phase.</summary>
public sealed record CpuSample(TimeSpan ThisProcess, TimeSpan PostgreSql, TimeSpan RabbitMq, TimeSpan Wall)
{
    public static CpuSample Take(PostgresServer postgres, RabbitMqServer rabbitMq)
    {
        using var self = Process.GetCurrentProcess();
        return new CpuSample(self.TotalProcessorTime, ProcessTreeCpu.Of(postgres.ProcessId), ProcessTreeCpu.Of(rabbitMq.ProcessId),
            TimeSpan.FromSeconds(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
    }

    public static CpuSample operator -(CpuSample end, CpuSample start) =>
        new(end.ThisProcess - start.ThisProcess, end.PostgreSql - start.PostgreSql, end.RabbitMq - start.RabbitMq, end.Wall - start.Wall);

    /// <summary>Microseconds of CPU per complaint by process, and how busy the machine's cores were.</summary>
    public string PerComplaint(int complaints)
    {
        double Us(TimeSpan t) => t.TotalMicroseconds / complaints;
        var busy = (ThisProcess + PostgreSql + RabbitMq) / (Wall * Environment.ProcessorCount);
        return $"this process {Us(ThisProcess):N0} us, PostgreSQL {Us(PostgreSql):N0} us, RabbitMQ {Us(RabbitMq):N0} us " +
            $"(these three kept {busy:P0} of {Environment.ProcessorCount} cores busy for {Wall.TotalSeconds:0.0} s)";
    }
}
