using Microsoft.Playwright;

namespace Connectors.Samples.Web.Tests;

/// <summary>Launches Debian's chromium (scripts/install-browser.sh), never a browser Playwright downloads.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"The browser test needs chromium at {ExecutablePath}; install it with scripts/install-browser.sh.");
        }

        try
        {
            // begin-snippet: web-sample-chromium
            return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox"], // CI and containers run as root, where chromium's sandbox cannot start
            });
            // end-snippet
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException($"Chromium at {ExecutablePath} did not start ({ex.Message}); reinstall it with scripts/install-browser.sh.", ex);
        }
    }
}
