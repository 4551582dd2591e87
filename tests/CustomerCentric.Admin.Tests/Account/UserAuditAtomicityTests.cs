using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Account;

/// <summary>
/// A user change and its audit entry are one transaction: when the audit entry cannot be written (a trigger refuses it
/// here), the Identity change is not stored either.
/// </summary>
public sealed class UserAuditAtomicityTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task When_the_audit_entry_fails_neither_the_new_user_nor_the_role_change_is_stored()
    {
        await RefuseAuditEntriesMentioningRefuseAuditAsync();
        using var admin = await app.SignedInAsync();
        await app.CreateUserAsync("refuse-audit.viewer@customercentric.test", "Viewer-Pass-123", "Viewer");

        using var created = await admin.SubmitAsync("/Account/Users", "main form[action*=Create]",
            ("NewUser.Email", "refuse-audit.new@customercentric.test"), ("NewUser.Password", "New-User-Pass-1"), ("NewUser.Role", "Admin"));
        var viewerId = await UserIdAsync("refuse-audit.viewer@customercentric.test");
        using var promoted = await admin.PostAsync("/Account/Users?handler=Role", "/Account/Users", ("id", viewerId!.Value.ToString()), ("role", "Admin"));

        Assert.Equal(HttpStatusCode.InternalServerError, created.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, promoted.StatusCode);
        Assert.Null(await UserIdAsync("refuse-audit.new@customercentric.test"));
        Assert.Equal(["Viewer"], await RolesAsync(viewerId.Value));

        // The same changes for an address the trigger lets through are stored with their entries.
        using var ok = await admin.SubmitAsync("/Account/Users", "main form[action*=Create]",
            ("NewUser.Email", "fine.new@customercentric.test"), ("NewUser.Password", "New-User-Pass-1"), ("NewUser.Role", "Viewer"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var fineId = await UserIdAsync("fine.new@customercentric.test");
        Assert.NotNull(fineId);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == fineId.Value.ToString() && e.Action == "Created", Ct)));
    }

    private Task RefuseAuditEntriesMentioningRefuseAuditAsync() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""
        CREATE OR REPLACE FUNCTION refuse_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.after::text LIKE '%refuse-audit%' THEN
                RAISE EXCEPTION 'audit entry refused by the test';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER refuse_marked_audit BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_marked_audit();
        """, Ct));

    private Task<Guid?> UserIdAsync(string email) => app.WithDbAsync(db => db.Database
        .SqlQueryRaw<Guid?>("SELECT id AS \"Value\" FROM admin_users WHERE email = {0}", email).SingleOrDefaultAsync(Ct));

    private Task<List<string>> RolesAsync(Guid userId) => app.WithDbAsync(db => db.Database
        .SqlQueryRaw<string>("SELECT r.name AS \"Value\" FROM admin_user_roles ur JOIN admin_roles r ON r.id = ur.role_id WHERE ur.user_id = {0}", userId)
        .ToListAsync(Ct));
}
