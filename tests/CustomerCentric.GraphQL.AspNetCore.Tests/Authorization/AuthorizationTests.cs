using System.Text.Json;
using CustomerCentric.GraphQL.AspNetCore.Authorization;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.Authorization;

public sealed class AuthorizationTests
{
    [Fact]
    public async Task An_anonymous_caller_gets_the_field_nulled_with_AUTH_NOT_AUTHORIZED_path_and_locations()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var body = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ hello\n  me }"}"""));

        Assert.Equal(200, body.Status);
        Assert.Equal(JsonValueKind.Null, body.Json.GetProperty("data").GetProperty("me").ValueKind);
        Assert.Equal("Hello, world!", body.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", body.FirstErrorCode);
        Assert.Equal("me", body.FirstError.GetProperty("path")[0].GetString());
        Assert.Equal(2, body.FirstError.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(3, body.FirstError.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task An_authenticated_caller_reads_the_field_and_resolvers_see_the_user()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var body = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ me }"}""", configure: r => r.Headers.Add("X-User", "ada")));

        Assert.False(body.Json.TryGetProperty("errors", out _));
        Assert.Equal("ada", body.Json.GetProperty("data").GetProperty("me").GetString());
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("ada", null, false)]
    [InlineData("ada", "Staff", true)]
    public async Task A_field_with_a_policy_needs_the_policy(string? user, string? role, bool allowed)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var body = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ staffNote }"}""", configure: r =>
        {
            if (user is not null)
            {
                r.Headers.Add("X-User", user);
            }

            if (role is not null)
            {
                r.Headers.Add("X-Role", role);
            }
        }));

        Assert.Equal(200, body.Status);
        if (allowed)
        {
            Assert.Equal("for staff", body.Json.GetProperty("data").GetProperty("staffNote").GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, body.Json.GetProperty("data").GetProperty("staffNote").ValueKind);
            Assert.Equal("AUTH_NOT_AUTHORIZED", body.FirstErrorCode);
        }
    }

    [Theory]
    [InlineData("application/graphql-response+json", 401)]
    [InlineData("application/json", 200)]
    public async Task Mutations_can_require_an_authenticated_caller(string accept, int status)
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.ModifyOptions(o => o.RequireAuthenticatedMutations = true));
        const string mutation = """{"query":"mutation { addCustomer(name: \"Eve\") { name } }"}""";

        var anonymous = await ResponseBody.ReadAsync(await host.PostAsync(mutation, accept));
        var signedIn = await ResponseBody.ReadAsync(await host.PostAsync(mutation, accept, configure: r => r.Headers.Add("X-User", "ada")));
        var query = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ hello }"}""", accept));

        Assert.Equal(status, anonymous.Status);
        Assert.False(anonymous.HasData);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.FirstErrorCode);
        Assert.Equal("Eve", signedIn.Json.GetProperty("data").GetProperty("addCustomer").GetProperty("name").GetString());
        Assert.Equal(200, query.Status);
    }

    [Fact]
    public async Task Code_first_fields_and_types_take_Authorize_and_the_attribute()
    {
        var schema = new SchemaBuilder().AddQueryType<SecureQueryType>().AddType<VaultType>().Create();
        await using var host = await GraphQLTestHost.StartAsync(schema: schema);

        var anonymous = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ open guarded byAttribute vault { secret } }"}"""));
        var staff = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ guarded byAttribute vault { secret } }"}""", configure: r =>
        {
            r.Headers.Add("X-User", "grace");
            r.Headers.Add("X-Role", "Staff");
        }));

        var data = anonymous.Json.GetProperty("data");
        Assert.Equal("open", data.GetProperty("open").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("guarded").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("byAttribute").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("vault").GetProperty("secret").ValueKind);
        Assert.Equal(3, anonymous.Json.GetProperty("errors").GetArrayLength());
        Assert.All(anonymous.Json.GetProperty("errors").EnumerateArray(), e => Assert.Equal("AUTH_NOT_AUTHORIZED", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.False(staff.Json.TryGetProperty("errors", out _));
        Assert.Equal("gold", staff.Json.GetProperty("data").GetProperty("vault").GetProperty("secret").GetString());
    }

    [Fact]
    public async Task Introspection_is_off_outside_development_and_on_in_development()
    {
        await using var production = await GraphQLTestHost.StartAsync();
        await using var development = await GraphQLTestHost.StartAsync(environment: "Development");
        const string query = """{"query":"{ __schema { queryType { name } } }"}""";

        var refused = await ResponseBody.ReadAsync(await production.PostAsync(query));
        var answered = await ResponseBody.ReadAsync(await development.PostAsync(query));

        Assert.Equal(400, refused.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", refused.FirstErrorCode);
        Assert.Equal("Query", answered.Json.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    // Fields that may be refused are nullable: a refused non-null field would null its parent too (spec 6.4.4).
    public sealed class SecureQuery
    {
        public string Open => "open";

        public string? Guarded => "guarded";

        [GraphQLAuthorize(Policy = "Staff")]
        public string? ByAttribute => "attribute";

        public Vault Vault => new();
    }

    public sealed class SecureQueryType : ObjectType<SecureQuery>
    {
        protected override void Configure(IObjectTypeDescriptor<SecureQuery> descriptor) =>
            descriptor.Field(q => q.Guarded).Authorize();
    }

    public sealed class Vault
    {
        public string? Secret => "gold";
    }

    public sealed class VaultType : ObjectType<Vault>
    {
        protected override void Configure(IObjectTypeDescriptor<Vault> descriptor) => descriptor.Authorize("Staff");
    }
}
