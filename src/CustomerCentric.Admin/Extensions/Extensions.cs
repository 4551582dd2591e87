using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Messaging;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using CustomerCentric.Data.Extensions;
using CustomerCentric.Redis;
using CustomerCentric.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CustomerCentric.Admin.Extensions;

public static class Extensions
{
    /// <summary>
    /// The admin: the CustomerCentric database (migrated at start) with the Identity store beside it, sign-in with roles and
    /// lockout, every page behind sign-in, changes for admins only, Redis to announce published rule sets, RabbitMQ's error
    /// queues (when configured) for the failed messages page, the admin's services.
    /// </summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        var connectionString = configuration.GetRequiredConnectionString(ConnectionStrings.Postgres);
        var options = configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions();
        services.AddSingleton(options);

        services.AddCustomerCentricData(connectionString);
        services.AddDbContext<AdminIdentityDbContext>(db => db.UseSharedCustomerCentricDatabase(
            connectionString, typeof(AdminIdentityDbContext).Assembly.FullName!, AdminIdentityDbContext.MigrationsHistoryTable));
        services.AddHealthChecks().AddDbContextCheck<CustomerCentricDbContext>("postgres");
        services.AddCustomerCentricRedis(configuration.GetRequiredConnectionString(ConnectionStrings.Redis));
        services.AddSingleton(ErrorQueueAccess.From(configuration.GetConnectionString(ConnectionStrings.RabbitMq)));

        services.AddAdminIdentity(options);
        services.AddRazorPages(pages => pages.Conventions.AllowAnonymousToPage("/Account/Login"))
            .AddMvcOptions(mvc => mvc.Filters.Add<AdminOnlyChangesFilter>());
        services.AddHttpContextAccessor();

        services.AddScoped<IdentityStoreMigrator>();
        services.AddScoped<AdminBootstrapper>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<UserChangeTransaction>();
        services.AddScoped<RuleSetWorkspace>();
        services.AddScoped<RuleSetChecker>();
        services.AddScoped<RuleSetPublisher>();
        services.AddScoped<RoutingCases>();
        services.AddHostedService<AdminStartup>();
    }

    private static void AddAdminIdentity(this IServiceCollection services, AdminOptions options)
    {
        services.AddIdentity<AdminUser, IdentityRole<Guid>>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.LockoutAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
                identity.Password.RequiredLength = 10;
            })
            .AddEntityFrameworkStores<AdminIdentityDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".CustomerCentric.Admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            // A signed-in user without the role gets 403 and the status page that explains it, for reads and changes alike.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        // Every page needs a signed-in user unless it says otherwise (only sign-in does).
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    public static void UseAdminPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        // A refused change (403) or an unknown address (404) gets a page that says so, with its status code.
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
