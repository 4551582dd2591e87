using System.Security.Cryptography;
using CustomerCentric.Admin.Audit;
using Microsoft.AspNetCore.Identity;

namespace CustomerCentric.Admin.Identity;

/// <summary>
/// Creates the roles and, while no admin exists, the first admin from configuration (audited in the same transaction).
/// There is no default password: outside Development a missing password stops the start with the setting to fill in.
/// In Development the sign-in is logged so the AppHost can show it: a configured password (Admin__BootstrapPassword,
/// which the AppHost passes) is applied to the bootstrap account at every start, so it also works over kept data; without
/// one a random password is generated.
/// </summary>
public sealed class AdminBootstrapper(
    UserManager<AdminUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    UserChangeTransaction changes,
    AuditTrail audit,
    AdminOptions options,
    IHostEnvironment environment,
    ILogger<AdminBootstrapper> logger)
{
    public const string DevelopmentEmail = "admin@customercentric.local";

    /// <summary>The actor the audit log names for changes made from configuration at start-up.</summary>
    public const string Actor = "(configuration)";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var role in AdminRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }), $"create role {role}");
            }
        }

        if ((await users.GetUsersInRoleAsync(AdminRoles.Admin)).Count > 0)
        {
            await KeepDevelopmentPasswordAsync(cancellationToken);
            return;
        }

        var email = options.BootstrapEmail;
        var password = options.BootstrapPassword;
        var generated = false;
        if (email is null || password is null)
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "No admin exists yet and Admin:BootstrapEmail / Admin:BootstrapPassword are not both set " +
                    "(environment variables Admin__BootstrapEmail and Admin__BootstrapPassword). Set them to create the first admin.");
            }

            email ??= DevelopmentEmail;
            password = GeneratePassword();
            generated = true;
        }

        await changes.RunAsync(async () =>
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new AdminUser { UserName = email, Email = email, EmailConfirmed = true };
                Check(await users.CreateAsync(user, password), $"create the first admin {email}");
            }
            else if (!await users.HasPasswordAsync(user))
            {
                Check(await users.AddPasswordAsync(user, password), $"set the first admin's password for {email}");
            }
            else
            {
                // An existing account keeps its own password; it only becomes the admin.
                generated = false;
            }

            Check(await users.AddToRoleAsync(user, AdminRoles.Admin), $"make {email} an admin");
            audit.Record(Actor, "User", user.Id, "Created", null, AuditTrail.Snapshot(new { user.Email, Role = AdminRoles.Admin }));
            return true;
        }, cancellationToken);

        if (environment.IsDevelopment())
        {
            // Development only: the AppHost shows this line so a developer can sign in.
            logger.LogWarning("Admin sign-in (Development): {Email} with {Source} password {Password}", email, generated ? "generated" : "configured", password);
        }
        else
        {
            logger.LogInformation("Created the first admin {Email} from configuration", email);
        }
    }

    /// <summary>Development with a configured password: the bootstrap account signs in with it, even over kept data.</summary>
    private async Task KeepDevelopmentPasswordAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || options.BootstrapEmail is not { } email || options.BootstrapPassword is not { } password
            || await users.FindByEmailAsync(email) is not { } user)
        {
            return;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await changes.RunAsync(async () =>
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                Check(await users.ResetPasswordAsync(user, token, password), $"apply the configured password to {email}");
                Check(await users.SetLockoutEndDateAsync(user, null), $"unlock {email}");
                audit.Record(Actor, "User", user.Id, "PasswordSetFromConfiguration", null, AuditTrail.Snapshot(new { user.Email }));
                return true;
            }, cancellationToken);
        }

        logger.LogWarning("Admin sign-in (Development): {Email} with configured password {Password}", email, password);
    }

    private static string GeneratePassword() =>
        // Letters, digits and symbols from 18 random bytes satisfy Identity's default password rules.
        "Cc1!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('/', 'x').Replace('+', 'y');

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
