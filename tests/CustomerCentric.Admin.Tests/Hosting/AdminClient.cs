using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CustomerCentric.Admin.Tests.Hosting;

/// <summary>
/// Talks to the admin the way a browser without JavaScript does: GET a page, fill in a form found on it (keeping its
/// hidden fields, the antiforgery token among them), submit it.
/// </summary>
public sealed class AdminClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<IHtmlDocument> GetPageAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}: {html[..Math.Min(html.Length, 2000)]}");
        return Parser.ParseDocument(html);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>
    /// Submits the form on <paramref name="path"/> chosen by <paramref name="formSelector"/> with its current values,
    /// <paramref name="fields"/> replacing or adding values (a field given several times is sent several times).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formSelector, params (string Name, string Value)[] fields)
    {
        var page = await GetPageAsync(path);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}.");
        return await SubmitAsync(path, form, fields);
    }

    public Task<HttpResponseMessage> SubmitAsync(string path, IHtmlFormElement form, params (string Name, string Value)[] fields) =>
        SubmitToAsync(form.GetAttribute("action") is { Length: > 0 } target ? target : path, form, fields);

    /// <summary>Submits the form on <paramref name="path"/> to <paramref name="action"/>, as a button with its own formaction does.</summary>
    public async Task<HttpResponseMessage> SubmitToAsync(string action, string path, string formSelector, params (string Name, string Value)[] fields)
    {
        var page = await GetPageAsync(path);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}.");
        return await SubmitToAsync(action, form, fields);
    }

    public async Task<HttpResponseMessage> SubmitToAsync(string action, IHtmlFormElement form, params (string Name, string Value)[] fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        var overridden = fields.Select(f => f.Name).ToHashSet();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || overridden.Contains(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" }:
                case IHtmlButtonElement:
                    continue;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await Http.PostAsync(action, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await SubmitAsync("/Account/Login", "main form", ("Email", email), ("Password", password));

    /// <summary>
    /// A POST with a valid antiforgery token (taken from <paramref name="tokenPage"/>) but no form of the page's own; the
    /// draft version the page shows goes along too when the page has one and <paramref name="fields"/> do not.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string tokenPage, params (string Name, string Value)[] fields)
    {
        var page = await GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPage}.");
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token));
        if (page.QuerySelector("input[name=DraftVersion]")?.GetAttribute("value") is { } draftVersion && fields.All(f => f.Name != "DraftVersion"))
        {
            values = values.Append(new("DraftVersion", draftVersion));
        }

        return await Http.PostAsync(path, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    public void Dispose() => Http.Dispose();
}
