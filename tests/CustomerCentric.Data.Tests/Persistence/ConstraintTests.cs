using CustomerCentric.Domain.Owners;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using CustomerCentric.Testing;

namespace CustomerCentric.Data.Tests.Persistence;

/// <summary>The rules the database itself enforces: optimistic concurrency, idempotency keys, a single active CTO.</summary>
public sealed class ConstraintTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string UniqueViolation = "23505";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_complaint_saved_from_a_stale_read_fails_with_a_concurrency_exception()
    {
        var world = new TestEntities();
        var complaint = world.SubmitComplaint();
        await world.SaveAsync(database, _ct, complaint);

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Complaints.WithHistory().SingleAsync(c => c.Id == complaint.Id, _ct);
        var theirs = await second.Complaints.WithHistory().SingleAsync(c => c.Id == complaint.Id, _ct);
        var at = TestEntities.Start.AddHours(2);
        mine.Route(world.DecisionFor(world.Owner.Id, at), TestEntities.Deadlines(mine.Severity, at), at);
        theirs.Route(world.DecisionFor(world.Deputy.Id, at), TestEntities.Deadlines(theirs.Severity, at), at);
        await first.SaveChangesAsync(_ct);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(_ct));

        await using var read = database.CreateContext();
        var stored = await read.Complaints.WithHistory().SingleAsync(c => c.Id == complaint.Id, _ct);
        Assert.Equal(world.Owner.Id, stored.AssigneeId);
        Assert.Equal(2, stored.History.Count);
    }

    [Fact]
    public async Task A_second_complaint_with_the_same_idempotency_key_is_rejected()
    {
        var world = new TestEntities();
        var key = $"portal-{Guid.NewGuid():N}";
        await world.SaveAsync(database, _ct, world.SubmitComplaint(key));

        await using var again = database.CreateContext();
        again.Complaints.Add(world.SubmitComplaint(key));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync(_ct));

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal((UniqueViolation, "ix_complaints_idempotency_key"), (postgres.SqlState, postgres.ConstraintName));
    }

    [Fact]
    public async Task The_database_admits_only_one_active_Chief_Touchpoint_Officer()
    {
        await using var db = database.CreateContext();
        await RemoveChiefsAsync(db);
        var chief = NewOwner("Chief");
        var rival = NewOwner("Rival");
        chief.AppointChiefTouchpointOfficer();
        rival.AppointChiefTouchpointOfficer();
        db.TouchpointOwners.Add(chief);
        await db.SaveChangesAsync(_ct);
        db.TouchpointOwners.Add(rival);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(_ct));

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal((UniqueViolation, "ux_touchpoint_owners_single_active_cto"), (postgres.SqlState, postgres.ConstraintName));
    }

    [Fact]
    public async Task Handing_over_the_Chief_Touchpoint_Officer_role_in_one_save_succeeds()
    {
        await using (var db = database.CreateContext())
        {
            await RemoveChiefsAsync(db);
            var chief = NewOwner("Outgoing");
            chief.AppointChiefTouchpointOfficer();
            db.TouchpointOwners.AddRange(chief, NewOwner("Incoming"));
            await db.SaveChangesAsync(_ct);
        }

        await using (var db = database.CreateContext())
        {
            var outgoing = await db.TouchpointOwners.SingleAsync(o => o.IsChiefTouchpointOfficer, _ct);
            var incoming = await db.TouchpointOwners.SingleAsync(o => o.Name.StartsWith("Incoming"), _ct);

            // The unique index is checked row by row; EF must release the role before granting it.
            incoming.AppointChiefTouchpointOfficer();
            outgoing.RevokeChiefTouchpointOfficer();
            await db.SaveChangesAsync(_ct);
        }

        await using var read = database.CreateContext();
        var current = await read.TouchpointOwners.SingleAsync(o => o.IsChiefTouchpointOfficer, _ct);
        Assert.StartsWith("Incoming", current.Name);
    }

    [Fact]
    public async Task Inactive_former_officers_do_not_count_against_the_single_active_officer()
    {
        await using var connection = await database.OpenConnectionAsync(_ct);
        await using var transaction = await connection.BeginTransactionAsync(_ct);
        await using (var clear = new NpgsqlCommand("UPDATE touchpoint_owners SET is_chief_touchpoint_officer = false", connection, transaction))
        {
            await clear.ExecuteNonQueryAsync(_ct);
        }

        await using var insert = new NpgsqlCommand("""
            INSERT INTO touchpoint_owners (id, name, email, team, is_active, is_chief_touchpoint_officer) VALUES
              (gen_random_uuid(), 'Active chief', 'active.chief@example.com', 'Board', true, true),
              (gen_random_uuid(), 'Retired chief', 'retired.chief@example.com', 'Board', false, true)
            """, connection, transaction);

        // Two rows hold the flag, but only one is active: the partial index allows it.
        Assert.Equal(2, await insert.ExecuteNonQueryAsync(_ct));
        await transaction.RollbackAsync(_ct);
    }

    private async Task RemoveChiefsAsync(CustomerCentricDbContext db)
        => await db.TouchpointOwners.Where(o => o.IsChiefTouchpointOfficer).ExecuteUpdateAsync(
            s => s.SetProperty(o => o.IsChiefTouchpointOfficer, false), _ct);

    private static TouchpointOwner NewOwner(string name)
        => TouchpointOwner.Create($"{name} {Guid.NewGuid():N}", $"{Guid.NewGuid():N}@example.com", "Board");
}
