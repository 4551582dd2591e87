using CustomerCentric.Admin.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages;

/// <summary>Shown for refused changes (403), unknown addresses (404) and failures (500), keeping the status code.</summary>
[AllowAnonymous]
[OpenToEveryUser]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "The request failed. Try again; if it keeps failing, the logs say why.";

    public void OnGet(int? code) => Describe(code);

    // A refused POST is re-executed here as a POST.
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        switch (code)
        {
            case StatusCodes.Status403Forbidden:
                Title = "Not allowed";
                Explanation = "Your role can read but not change this. Ask an admin to make the change.";
                break;
            case StatusCodes.Status404NotFound:
                Title = "Not found";
                Explanation = "There is nothing at this address. It may have been mistyped, or the item does not exist.";
                break;
        }
    }
}
