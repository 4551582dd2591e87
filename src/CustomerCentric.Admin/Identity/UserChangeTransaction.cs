using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using CustomerCentric.Data;

namespace CustomerCentric.Admin.Identity;

/// <summary>
/// Makes an Identity change (a user created, a role changed, an account locked or unlocked) and its audit entry one
/// transaction. Identity writes through its own context, so that context joins the CustomerCentric context's connection
/// and transaction (both live in the same database): the change and the entry are stored together or not at all.
/// </summary>
public sealed class UserChangeTransaction(CustomerCentricDbContext db, AdminIdentityDbContext identity)
{
    /// <summary>
    /// Runs <paramref name="change"/> (UserManager / SignInManager calls and <c>AuditTrail.Record</c>) in one transaction;
    /// commits when it returns true (then the recorded audit entries are saved in the same transaction), rolls back otherwise.
    /// </summary>
    public async Task<bool> RunAsync(Func<Task<bool>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Identity's context has not opened a connection of its own here (EF closes one it opened after each command).
            identity.Database.SetDbConnection(db.Database.GetDbConnection());
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await identity.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
            try
            {
                if (!await change())
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return false;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
            finally
            {
                await identity.Database.UseTransactionAsync(null, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
