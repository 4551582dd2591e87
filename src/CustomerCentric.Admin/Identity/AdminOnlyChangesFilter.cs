using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CustomerCentric.Admin.Identity;

/// <summary>
/// Every change is an admin's: a page handler for POST (or any method but GET/HEAD) answers 403 to anyone not in the Admin
/// role, unless the page is marked <see cref="OpenToEveryUserAttribute"/> (sign-in, sign-out). One rule for all pages, so a
/// new handler cannot forget it. Pages meant only for admins (forms to create or edit) are marked with
/// <c>[Authorize(Roles = AdminRoles.Admin)]</c> as well.
/// </summary>
public sealed class AdminOnlyChangesFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var reads = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        var open = context.ActionDescriptor.EndpointMetadata.OfType<OpenToEveryUserAttribute>().Any();
        if (!reads && !open && !context.HttpContext.User.CanEdit())
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }
}
