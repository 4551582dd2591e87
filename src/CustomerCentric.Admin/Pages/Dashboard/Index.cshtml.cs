using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Dashboard;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
