using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Connectors.BigCommerce;
using Connectors.Core.Diagnostics;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Samples.Verify;

namespace Connectors.Samples.Tests;

/// <summary>The recorder (<c>verify --record</c>): what it writes holds no credential, token or personal field.</summary>
public sealed partial class RecordingTests
{
    [Fact]
    public async Task Recordings_hold_no_secret_token_or_personal_field()
    {
        var folder = Directory.CreateTempSubdirectory("route-check-rec-").FullName;
        var secrets = new List<string>();
        try
        {
            await VerifyCommand.CheckAsync(VerifyTargets.All, [], record: folder, prepare: systems =>
            {
                var bigCommerce = new BigCommerceClientOptions();
                systems.ConfigureBigCommerce(bigCommerce);
                var coreCase = new CoreCaseClientOptions();
                systems.ConfigureCoreCase(coreCase);
                var tradingGrid = new TradingGridClientOptions();
                systems.ConfigureTradingGrid(tradingGrid);
                secrets.AddRange([bigCommerce.AccessToken, coreCase.ClientSecret, tradingGrid.ClientSecret]);
            });

            var files = Directory.GetFiles(folder, "*.jsonl");
            Assert.Equal(VerifyTargets.All.Count, files.Length);
            Assert.Equal(3, secrets.Count(s => s.Length > 0));
            var redactedSeen = 0;
            foreach (var file in files)
            {
                var text = await File.ReadAllTextAsync(file);
                Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
                Assert.DoesNotContain("Bearer ", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("X-Auth-Token", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Authorization", text, StringComparison.OrdinalIgnoreCase);
                Assert.False(Email().IsMatch(text), $"{Path.GetFileName(file)} holds an e-mail address: {Email().Match(text).Value}");
                Assert.False(Email().IsMatch(Uri.UnescapeDataString(text)), $"{Path.GetFileName(file)} holds an escaped e-mail address");
                Assert.False(Jwt().IsMatch(text), $"{Path.GetFileName(file)} holds a JWT");
                foreach (var call in RecordedCall.Load(file))
                {
                    Assert.False(string.IsNullOrEmpty(call.Path));
                    redactedSeen += AssertRedacted(call.Json, $"{Path.GetFileName(file)} {call.Method} {call.Path}");
                }
            }

            Assert.True(redactedSeen > 0, "the rules redacted nothing: the emulators' answers hold e-mails, names and addresses");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("email", true)]
    [InlineData("billing_address", true)]
    [InlineData("first_name", true)]
    [InlineData("lastName", true)]
    [InlineData("phone", true)]
    [InlineData("access_token", true)]
    [InlineData("clientSecret", true)]
    [InlineData("zip", true)]
    [InlineData("status", false)]
    [InlineData("company_name", false)]
    [InlineData("id", false)]
    public void Redaction_rules_by_name(string name, bool redacted) => Assert.Equal(redacted, Redaction.IsRedacted(name));

    private static int AssertRedacted(JsonNode? node, string where)
    {
        var count = 0;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (Redaction.IsRedacted(name) && value is JsonValue)
                    {
                        Assert.True(value.ToString() == Redaction.Placeholder, $"{where}: {name} is not redacted");
                        count++;
                    }
                    else
                    {
                        count += AssertRedacted(value, where);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    count += AssertRedacted(item, where);
                }

                break;
        }

        return count;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.")]
    private static partial Regex Jwt();
}
