using System.Collections.Concurrent;
using CustomerCentric.Data;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Worker.Routing;

/// <summary>
/// The current published rule set, compiled once per version and kept in memory. <see cref="RuleSetWatcher"/> refreshes it
/// when Redis announces a version and every few seconds besides; routing reads <see cref="CurrentAsync"/> once per complaint,
/// so each complaint is routed by exactly one version, the one recorded in its decision.
/// </summary>
public sealed class RuleSetCache(IServiceScopeFactory scopes, ILogger<RuleSetCache> logger)
{
    private readonly ConcurrentDictionary<int, CompiledRuleSet> _compiled = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CompiledRuleSet? _current;

    /// <summary>The version routing uses now; null before the first refresh.</summary>
    public int? CurrentVersion => _current?.Version;

    /// <summary>The current rule set, loaded on first use; <see cref="CompiledRuleSet.Empty"/> while none is published.</summary>
    public async ValueTask<CompiledRuleSet> CurrentAsync(CancellationToken cancellationToken) =>
        _current ?? await RefreshAsync(cancellationToken);

    /// <summary>Reads the latest published version number and switches to it (compiling it the first time it is seen).</summary>
    public async Task<CompiledRuleSet> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
            var latest = await db.RuleSetVersions.AsNoTracking().MaxAsync(v => (int?)v.Version, cancellationToken);
            if (latest is not { } version)
            {
                return _current = CompiledRuleSet.Empty;
            }

            if (_current?.Version == version)
            {
                return _current;
            }

            if (!_compiled.TryGetValue(version, out var compiled))
            {
                var published = await db.RuleSetVersions.AsNoTracking().SingleAsync(v => v.Version == version, cancellationToken);
                compiled = RuleSetCompiler.Compile(published);
                _compiled[version] = compiled;
            }

            logger.LogInformation("Routing now uses rule set version {Version} ({Rules} enabled rules)", version, compiled.Rules.Count);
            return _current = compiled;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
