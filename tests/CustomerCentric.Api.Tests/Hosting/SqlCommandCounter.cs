using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerCentric.Api.Tests.Hosting;

/// <summary>
/// Counts the SQL commands EF Core sends while serving HTTP requests (every reader, scalar and non-query), for N+1 tests,
/// and keeps their texts.
/// Background work in the same process (the outbox dispatcher's polls) is not the request's cost and is not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor, IStartupFilter
{
    private readonly AsyncLocal<bool> _inRequest = new();
    private readonly ConcurrentQueue<string> _texts = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyCollection<string> Texts => _texts;

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _texts.Clear();
    }

    /// <summary>Marks everything that runs on behalf of a request, down to the data loaders' fetches.</summary>
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            _inRequest.Value = true;
            await nextMiddleware(context);
        });
        next(app);
    };

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountIfInRequest(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        CountIfInRequest(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CountIfInRequest(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void CountIfInRequest(DbCommand command)
    {
        if (_inRequest.Value)
        {
            Interlocked.Increment(ref _count);
            _texts.Enqueue(command.CommandText);
        }
    }
}
