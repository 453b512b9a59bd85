using System.Text.Json;
using Connectors.Core;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

/// <summary>Company, users, roles and entitlements: the Community Management routes OpenText publishes, against the emulator.</summary>
public sealed class UserTests
{
    [Fact]
    public async Task The_company_and_its_entitlements_are_read()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        TradingGridCompany company = await env.Client.Company.GetAsync();
        JsonElement entitlements = await env.Client.Company.GetEntitlementsAsync();

        Assert.Equal((TradingGridSeed.CompanyId, "Demo Retailer"), (company.CompanyId, company.CompanyName));
        Assert.Equal(["Lens", "Community Management", "Cartographer"], entitlements.EnumerateArray().Select(e => e.GetProperty("entitlementName").GetString()));
    }

    [Fact]
    public async Task A_user_is_found_by_login_id_created_updated_given_roles_and_deleted()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        var me = (await env.Client.Users.FindByLoginIdAsync(TradingGridSeed.LoginId)).Value;
        CreatedUser created = await env.Client.Users.CreateAsync(new NewTradingGridUser
        {
            LoginId = "Herman.Munster@opentextdemo.com",
            LoginPassword = "o0ZCWAJ9_VJGEvRhyK",
            FirstName = "Herman",
            LastName = "Munster",
            Address = new UserAddress { AddressLine1 = "1313 Mockingbird Lane", City = "Hollywood", State = "CA", PostalCode = "11111", CountryCode = "CA" },
            ContactInformation = new ContactInformation { Email = "somebody@somewhere.com", PhoneNumber = "5551212" },
            PreferredLanguage = "en",
            PasswordHints = [new PasswordHint("What is your favorite color?", "festercolor")],
        });
        await env.Client.Users.UpdateAsync(created.UniqueId, new UserUpdate { Address = new UserAddress { AddressLine1 = "11 British American Blvd", City = "Latham", State = "NY" } });
        await env.Client.Users.AddRolesAsync("Herman.Munster@opentextdemo.com", ["TGMS Reports", "Lens Standard role"]);
        await env.Client.Users.RemoveRolesAsync("Herman.Munster@opentextdemo.com", ["TGMS Reports"]);
        var roles = (await env.Client.Users.ListRolesAsync("Herman.Munster@opentextdemo.com")).Value;
        TradingGridUser herman = await env.Client.Users.GetAsync(created.UniqueId);
        JsonElement entitlements = await env.Client.Users.GetEntitlementsAsync("Herman.Munster@opentextdemo.com");
        var everyone = await env.Client.Users.ListAsync().ToListAsync();
        await env.Client.Users.DeleteAsync(created.UniqueId);

        Assert.Equal((TradingGridSeed.UserId, "Firstname"), (me!.UserId, me.FirstName));
        Assert.Equal(["Lens Standard role"], roles.Select(r => r.RoleName));
        Assert.Equal(("Herman", "Latham", "somebody@somewhere.com"), (herman.FirstName, herman.Address?.City, herman.ContactInformation?.Email));
        Assert.Equal(3, entitlements.GetArrayLength());
        Assert.Equal(2, everyone.Count);
        Assert.Null((await env.Client.Users.FindByLoginIdAsync("Herman.Munster@opentextdemo.com")).Value);
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => env.Client.Users.GetAsync(created.UniqueId));
        var createBody = env.State.RecordedRequests.Single(r => r.Method == "POST" && r.Path.EndsWith("/users", StringComparison.Ordinal)).Body;
        Assert.Contains("\"isConsentClause\":\"No\"", createBody, StringComparison.Ordinal);
        Assert.Contains("\"pwdHintQuestionAnswer1\":{\"answer\":\"festercolor\"", createBody, StringComparison.Ordinal);
        Assert.DoesNotContain("o0ZCWAJ9", herman.AdditionalData?.Keys.Aggregate(string.Empty, string.Concat) ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_is_never_shown_with_its_password_and_role_calls_need_a_role()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var user = new NewTradingGridUser { LoginId = "a@b.example", LoginPassword = "pw-123456", FirstName = "A", LastName = "B", PasswordHints = [new PasswordHint("q?", "answer-9")] };

        Assert.DoesNotContain("pw-123456", user.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("answer-9", user.PasswordHints[0].ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => env.Client.Users.AddRolesAsync(TradingGridSeed.LoginId, []));
    }
}
