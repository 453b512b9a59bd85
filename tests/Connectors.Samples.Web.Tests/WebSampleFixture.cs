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

    public async Task InitializeAsync()
    {
        // Pollers off: only the events a test posts run, so what the page shows is what the test caused.
        Sample = await WebSample.StartAsync(["--urls", "http://127.0.0.1:0", "--Scenarios:RunPollers=false", "--Logging:LogLevel:Default=Warning"]);
        Http.BaseAddress = Sample.Address;
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
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
