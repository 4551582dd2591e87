using AngleSharp.Html.Dom;

namespace CustomerCentric.Admin.Tests.Hosting;

public static class Responses
{
    /// <summary>The HTML of a response that re-rendered its page (a form with errors).</summary>
    public static async Task<IHtmlDocument> PageAsync(this HttpResponseMessage response) =>
        AdminClient.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>The message shown next to a field.</summary>
    public static string FieldError(this IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim()
            ?? throw new InvalidOperationException($"No validation message element for {field}.");
}
