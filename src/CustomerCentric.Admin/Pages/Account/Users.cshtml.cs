using System.ComponentModel.DataAnnotations;
using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Pages.Account;

/// <summary>The admin's users: who may sign in, with which role; create, change role, unlock. Every change is audited.</summary>
public sealed class UsersModel(UserManager<AdminUser> users, AuditTrail audit, UserChangeTransaction changes, TimeProvider time) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [BindProperty]
    public NewUserInput NewUser { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var user = new AdminUser { UserName = NewUser.Email.Trim(), Email = NewUser.Email.Trim(), EmailConfirmed = true };
            var created = IdentityResult.Success;
            var stored = await changes.RunAsync(async () =>
            {
                created = await users.CreateAsync(user, NewUser.Password);
                if (created.Succeeded)
                {
                    created = await users.AddToRoleAsync(user, NewUser.Role);
                }

                if (created.Succeeded)
                {
                    audit.Record("User", user.Id, "Created", null, AuditTrail.Snapshot(new { user.Email, Role = NewUser.Role }));
                }

                return created.Succeeded;
            }, cancellationToken);
            if (stored)
            {
                TempData["Message"] = $"{user.Email} can now sign in as {NewUser.Role}.";
                return RedirectToPage();
            }

            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "NewUser.Password" : "NewUser.Email", error.Description);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid id, string role, CancellationToken cancellationToken)
    {
        if (!AdminRoles.All.Contains(role))
        {
            return BadRequest($"Unknown role '{role}'.");
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        if (user.UserName == User.Identity?.Name && role != AdminRoles.Admin)
        {
            TempData["Message"] = "You cannot take away your own admin role; ask another admin.";
            return RedirectToPage();
        }

        var before = await users.GetRolesAsync(user);
        var changed = await changes.RunAsync(async () =>
        {
            if (!(await users.RemoveFromRolesAsync(user, before)).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
            {
                return false;
            }

            audit.Record("User", user.Id, "RoleChanged",
                AuditTrail.Snapshot(new { user.Email, Role = string.Join(",", before) }), AuditTrail.Snapshot(new { user.Email, Role = role }));
            return true;
        }, cancellationToken);
        TempData["Message"] = changed ? $"{user.Email} is now {role}." : $"{user.Email}'s role could not be changed (someone else changed the account meanwhile); try again.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        var lockedUntil = user.LockoutEnd;
        var unlocked = await changes.RunAsync(async () =>
        {
            if (!(await users.SetLockoutEndDateAsync(user, null)).Succeeded || !(await users.ResetAccessFailedCountAsync(user)).Succeeded)
            {
                return false;
            }

            audit.Record("User", user.Id, "Unlocked",
                AuditTrail.Snapshot(new { user.Email, LockoutEnd = lockedUntil }), AuditTrail.Snapshot(new { user.Email, LockoutEnd = (DateTimeOffset?)null }));
            return true;
        }, cancellationToken);
        TempData["Message"] = unlocked ? $"{user.Email} is unlocked." : $"{user.Email} could not be unlocked (someone else changed the account meanwhile); try again.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRow>();
        var now = time.GetUtcNow();
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            rows.Add(new UserRow(user.Id, user.Email ?? user.UserName ?? "?", roles.FirstOrDefault() ?? "(none)", user.LockoutEnd > now ? user.LockoutEnd : null));
        }

        Users = rows;
    }

    public sealed record UserRow(Guid Id, string Email, string Role, DateTimeOffset? LockedUntil);

    public sealed class NewUserInput
    {
        [Required(ErrorMessage = "Enter the new user's e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.com.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter a first password (at least 10 characters).")]
        [Display(Name = "First password")]
        public string Password { get; set; } = string.Empty;

        [Required]
        [RegularExpression("^(Admin|Viewer)$", ErrorMessage = "Choose Admin or Viewer.")]
        public string Role { get; set; } = AdminRoles.Viewer;
    }
}
