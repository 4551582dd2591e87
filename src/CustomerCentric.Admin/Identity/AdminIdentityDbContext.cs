using CustomerCentric.Data.Naming;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Identity;

/// <summary>
/// The admin's users and roles (ASP.NET Core Identity) in the CustomerCentric database, beside the domain's tables but in a
/// context of its own: only the admin needs them, and its hand-written migrations keep their own history table, so the
/// data layer's model and migrations stay free of Identity.
/// </summary>
public sealed class AdminIdentityDbContext(DbContextOptions<AdminIdentityDbContext> options)
    : IdentityDbContext<AdminUser, IdentityRole<Guid>, Guid>(options)
{
    public const string MigrationsHistoryTable = "__admin_identity_migrations";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AdminUser>().ToTable("admin_users");
        builder.Entity<IdentityRole<Guid>>().ToTable("admin_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("admin_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("admin_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("admin_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("admin_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("admin_role_claims");
        SnakeCaseNaming.Apply(builder.Model);
    }
}
