using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;

namespace Connectors.Emulators.Tool;

/// <summary>
/// What a host needs to call the running emulators: per system its address and credentials for people, and the
/// configuration keys the clients bind (<c>AddBigCommerce(configuration.GetSection("BigCommerce"))</c> …) with
/// the <c>Recipes</c> keys the console sample asks for against configured systems.
/// </summary>
internal static class ConnectionSettings
{
    /// <summary>One running system as a person reads it.</summary>
    /// <param name="Title">The system.</param>
    /// <param name="Address">Its base address.</param>
    /// <param name="Credentials">How to authenticate.</param>
    public sealed record Line(string Title, Uri Address, string Credentials);

    public static IReadOnlyList<Line> Lines(RunningEmulators running)
    {
        var lines = new List<Line>();
        if (running.Identity is { } identity)
        {
            lines.Add(new(EmulatedSystem.Identity.Title, identity.BaseAddress,
                $"token endpoint {identity.TokenEndpoint()}; tenant {OpenTextIdentityEmulator.DefaultTenant}, client {OpenTextIdentityEmulator.DefaultClientId} / {OpenTextIdentityEmulator.DefaultClientSecret} (client_credentials), user {OpenTextIdentityEmulator.DefaultUserName} / {OpenTextIdentityEmulator.DefaultPassword} (password); "
                + $"Trading Grid tokens {identity.TradingGridTokenEndpoint}?grant_type=client_credentials, Basic {OpenTextIdentityEmulator.DefaultConsumerKey} / {OpenTextIdentityEmulator.DefaultConsumerSecret}"));
        }

        if (running.BigCommerce is { } bigCommerce)
        {
            lines.Add(new(EmulatedSystem.BigCommerce.Title, bigCommerce.BaseAddress,
                $"store hash {BigCommerceEmulator.DefaultStoreHash}, header X-Auth-Token: {BigCommerceEmulator.DefaultAccessToken}"));
        }

        const string Bearer = "bearer token from the identity service";
        if (running.CoreCase is { } coreCase)
        {
            lines.Add(new(EmulatedSystem.CoreCase.Title, coreCase.BaseAddress, $"{Bearer}; API root {coreCase.ApiAddress}"));
        }

        if (running.Exstream is { } exstream)
        {
            lines.Add(new(EmulatedSystem.Exstream.Title, exstream.BaseAddress, $"{Bearer}; domain {ExstreamEmulator.DefaultDomain}, API roots {new Uri(exstream.BaseAddress, "orchestration/api/v1/")} and {new Uri(exstream.BaseAddress, "design/api/v1/")}"));
        }

        if (running.TradingGrid is { } tradingGrid)
        {
            lines.Add(new(EmulatedSystem.TradingGrid.Title, tradingGrid.BaseAddress, $"bearer token from the identity service's Trading Grid flow; company {TradingGridSeed.CompanyId}"));
        }

        if (running.WorkflowService is { } workflow)
        {
            lines.Add(new(EmulatedSystem.WorkflowService.Title, workflow.BaseAddress, $"{Bearer}; API root {workflow.ApiBaseAddress}"));
        }

        return lines;
    }

    /// <summary>The configuration as <c>Section:Key</c> pairs, in a stable order.</summary>
    /// <param name="running">The running emulators.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Configuration(RunningEmulators running)
    {
        var settings = new List<KeyValuePair<string, string>>();
        void Add(string key, string value) => settings.Add(new(key, value));

        if (running.BigCommerce is { } bigCommerce)
        {
            Add("BigCommerce:BaseAddress", bigCommerce.BaseAddress.ToString());
            Add("BigCommerce:StoreHash", BigCommerceEmulator.DefaultStoreHash);
            Add("BigCommerce:AccessToken", BigCommerceEmulator.DefaultAccessToken);
        }

        void OpenText(string section, Uri address)
        {
            Add($"{section}:BaseAddress", address.ToString());
            Add($"{section}:AuthenticationBaseAddress", running.Identity!.BaseAddress.ToString());
            Add($"{section}:TenantId", OpenTextIdentityEmulator.DefaultTenant);
            Add($"{section}:ClientId", OpenTextIdentityEmulator.DefaultClientId);
            Add($"{section}:ClientSecret", OpenTextIdentityEmulator.DefaultClientSecret);
        }

        if (running.CoreCase is { } coreCase)
        {
            OpenText("CoreCase", coreCase.BaseAddress);
        }

        if (running.Exstream is { } exstream)
        {
            OpenText("Exstream", exstream.BaseAddress);
            Add("Exstream:Domain", ExstreamEmulator.DefaultDomain);
        }

        if (running.TradingGrid is { } tradingGrid)
        {
            // Trading Grid's own token flow: consumer key and secret as Basic, no tenant.
            Add("TradingGrid:BaseAddress", tradingGrid.BaseAddress.ToString());
            Add("TradingGrid:AuthenticationBaseAddress", running.Identity!.BaseAddress.ToString());
            Add("TradingGrid:ClientId", OpenTextIdentityEmulator.DefaultConsumerKey);
            Add("TradingGrid:ClientSecret", OpenTextIdentityEmulator.DefaultConsumerSecret);
            Add("TradingGrid:CompanyId", TradingGridSeed.CompanyId);
        }

        if (running.WorkflowService is { } workflow)
        {
            OpenText("WorkflowService", workflow.ApiBaseAddress);
        }

        if (running.CoreCase is not null)
        {
            Add("Recipes:CaseDefinitionId", CoreCaseState.DefaultCaseDefinitionId);
        }

        if (running.BigCommerce is not null)
        {
            Add("Recipes:RegulatedCategoryIds:0", RegulatedCategoryId);
        }

        return settings;
    }

    /// <summary>The seeded store's "Regulated" category, which the order-exception recipes hold for a compliance review.</summary>
    public const string RegulatedCategoryId = "21";

    /// <summary>The configuration as an appsettings JSON document.</summary>
    /// <param name="settings">The <c>Section:Key</c> pairs.</param>
    public static string Json(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        var root = new JsonObject();
        foreach (var (key, value) in settings)
        {
            var parts = key.Split(':');
            JsonNode parent = root;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                var isArray = i + 1 < parts.Length && int.TryParse(parts[i + 1], out _);
                var existing = parent[parts[i]];
                if (existing is null)
                {
                    existing = isArray ? new JsonArray() : new JsonObject();
                    parent[parts[i]] = existing;
                }

                parent = existing;
            }

            if (parent is JsonArray array)
            {
                array.Add(value);
            }
            else
            {
                parent[parts[^1]] = value;
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The configuration as environment variables (<c>Section__Key=value</c>).</summary>
    /// <param name="settings">The <c>Section:Key</c> pairs.</param>
    public static IEnumerable<string> EnvironmentVariables(IReadOnlyList<KeyValuePair<string, string>> settings)
        => settings.Select(s => $"{s.Key.Replace(":", "__", StringComparison.Ordinal)}={s.Value}");
}
