using System.Net.Http.Headers;
using System.Text;
using Connectors.Samples.Web.Hosting;
using Connectors.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Connectors.Samples.Web.Tests;

/// <summary>The web sample on a real Kestrel listener (127.0.0.1, random port) against its emulators, and a headless chromium.</summary>
public sealed class WebSampleFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public WebSample Sample { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    /// <summary>The operator's Basic credentials (the sample's defaults against emulators).</summary>
    public static AuthenticationHeaderValue Operator { get; } = new("Basic",
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SampleDashboard.DefaultUser}:{SampleDashboard.EmulatedPassword}")));

    public async Task InitializeAsync()
    {
        // Pollers off: only the events a test posts run, so what the page shows is what the test caused.
        Sample = await WebSample.StartAsync(["--urls", "http://127.0.0.1:0", "--Scenarios:RunPollers=false", "--Logging:LogLevel:Default=Warning"]);
        Http.BaseAddress = Sample.Address;
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A browser page signed in as the operator (or anonymous), with every request it makes recorded.</summary>
    public async Task<(IPage Page, List<string> Requests)> OpenPageAsync(bool signedIn = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Sample.Address.ToString(),
            HttpCredentials = signedIn ? new HttpCredentials { Username = SampleDashboard.DefaultUser, Password = SampleDashboard.EmulatedPassword } : null,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        return (page, requests);
    }

    /// <summary>Waits until the runner has processed everything stored so far.</summary>
    public async Task WaitForIdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await Sample.App.Services.GetRequiredService<IScenarioRunner>().WaitForIdleAsync(timeout.Token);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Sample is not null)
        {
            await Sample.DisposeAsync();
        }
    }
}
