using System.ComponentModel.DataAnnotations;
using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Pages.Complaints;

/// <summary>One complaint: its routing explanation, status history, and acknowledge / resolve for admins.</summary>
public sealed class DetailsModel(CustomerCentricDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    [StringLength(4000, ErrorMessage = "The resolution is at most 4000 characters.")]
    public string? Resolution { get; set; }

    public Complaint Complaint { get; private set; } = null!;
    public Customer? Customer { get; private set; }
    public AdminCatalog Catalog { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken) =>
        await ChangeAsync(c => c.Acknowledge(User.ActorName(), time.GetUtcNow()), "acknowledged", cancellationToken);

    public async Task<IActionResult> OnPostResolveAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Resolution))
        {
            ModelState.AddModelError(nameof(Resolution), "Say how the complaint was resolved.");
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        return await ChangeAsync(c => c.Resolve(User.ActorName(), time.GetUtcNow(), Resolution!.Trim()), "resolved", cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(Action<Complaint> change, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken, track: true))
        {
            return NotFound();
        }

        try
        {
            change(Complaint);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = $"The complaint is {done}.";
            return RedirectToPage(new { id = Id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone changed this complaint meanwhile (the worker or another admin). Look at its new state and try again.");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken, bool track = false)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        var complaints = track ? db.Complaints : db.Complaints.AsNoTracking();
        var complaint = await complaints.WithHistory().SingleOrDefaultAsync(c => c.Id == Id, cancellationToken);
        if (complaint is null)
        {
            return false;
        }

        Complaint = complaint;
        Customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == complaint.CustomerId, cancellationToken);
        return true;
    }
}
