using System.ComponentModel.DataAnnotations;
using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Account;

[OpenToEveryUser]
public sealed class LoginModel(
    SignInManager<AdminUser> signIn, UserManager<AdminUser> users, UserChangeTransaction changes, AuditTrail audit, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>Who the audit log names for a lockout: nobody signed in, the failed attempts did it.</summary>
    public const string LockoutActor = "(failed sign-ins)";

    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.com.")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A failed attempt that locks the account is a change to a user: the lockout and its audit entry commit together.
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        await changes.RunAsync(async () =>
        {
            var user = await users.FindByEmailAsync(Email);
            var wasLocked = user is not null && await users.IsLockedOutAsync(user);
            result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
            if (user is not null && result.IsLockedOut && !wasLocked)
            {
                audit.Record(LockoutActor, "User", user.Id, "LockedOut",
                    AuditTrail.Snapshot(new { user.Email, LockoutEnd = (DateTimeOffset?)null }), AuditTrail.Snapshot(new { user.Email, user.LockoutEnd }));
            }

            return true;
        }, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("{Email} signed in", Email);
            // Only local addresses: a crafted ReturnUrl must not send the user to another site.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: {Email} is locked out", Email);
            ModelState.AddModelError(string.Empty, "Too many failed attempts: this account is locked for a while. Try again later or ask an admin.");
        }
        else
        {
            ModelState.AddModelError(string.Empty, "The e-mail or password is not right.");
        }

        return Page();
    }
}
