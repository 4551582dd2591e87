using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace CustomerCentric.Admin.Identity;

/// <summary>
/// Creates the roles and, while no admin exists, the first admin from configuration. There is no default password:
/// outside Development a missing password stops the start with the setting to fill in; in Development a random one is
/// generated and logged, so the AppHost can show the credentials.
/// </summary>
public sealed class AdminBootstrapper(
    UserManager<AdminUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    AdminOptions options,
    IHostEnvironment environment,
    ILogger<AdminBootstrapper> logger)
{
    public const string DevelopmentEmail = "admin@customercentric.local";

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
        if (generated)
        {
            // Development only: the AppHost shows this line so a developer can sign in.
            logger.LogWarning("Admin sign-in (Development): {Email} with generated password {Password}", email, password);
        }
        else
        {
            logger.LogInformation("Created the first admin {Email} from configuration", email);
        }
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
