using System.Net;
using System.Security.Cryptography;
using System.Text;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Data.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.ApiKeys;

public sealed class ApiKeysTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_is_shown_once_stored_as_its_sha256_found_by_the_api_lookup_and_refused_after_revocation()
    {
        using var admin = await app.SignedInAsync();

        using var created = await admin.SubmitAsync("/ApiKeys", "main form[action*=Create]", ("Name", "Customer portal"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = (await created.PageAsync()).QuerySelector("#issued-key")!.TextContent;
        Assert.StartsWith("cc_", secret, StringComparison.Ordinal);

        var stored = await app.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "Customer portal", Ct));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.Hash);
        Assert.Equal(secret[..11], stored.Prefix);
        var list = await admin.GetPageAsync("/ApiKeys");
        Assert.Null(list.QuerySelector("#issued-key"));
        Assert.DoesNotContain(secret, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains(stored.Prefix, list.QuerySelector("table.keys")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.ApiKeys.FindActiveAsync(secret, Ct)));
        Assert.Null(await app.WithDbAsync(db => db.ApiKeys.FindActiveAsync(secret + "x", Ct)));

        using var revoked = await admin.SubmitAsync("/ApiKeys", "main form[action*=Revoke]");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.ApiKeys.FindActiveAsync(secret, Ct)));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "ApiKey").OrderBy(e => e.At).ToListAsync(Ct));
        Assert.Equal(["Issued", "Revoked"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.DoesNotContain(stored.Hash, e.After, StringComparison.Ordinal));

        var log = await admin.GetPageAsync("/Audit?EntityType=ApiKey");
        Assert.Equal(2, log.QuerySelectorAll("table.audit tbody tr").Length);
        Assert.Contains("Customer portal", log.QuerySelector("table.audit")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_needs_a_name()
    {
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync("/ApiKeys", "main form[action*=Create]", ("Name", ""));

        Assert.Equal("Name the client that will use the key.", (await response.PageAsync()).FieldError("Name"));
    }
}
