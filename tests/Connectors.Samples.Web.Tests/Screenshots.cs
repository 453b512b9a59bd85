namespace Connectors.Samples.Web.Tests;

/// <summary>
/// Where the browser tests save screenshots: the test output folder, or, with <c>CONNECTORS_UPDATE_SCREENSHOTS=1</c>,
/// the docs' images (<c>docs/images</c>), which is how the committed <c>docs/images/dashboard.png</c> is made.
/// </summary>
internal static class Screenshots
{
    public static string PathFor(string name)
    {
        if (Environment.GetEnvironmentVariable("CONNECTORS_UPDATE_SCREENSHOTS") == "1")
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Connectors.sln")))
                {
                    return Path.Combine(dir.FullName, "docs", "images", name);
                }
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "screenshots", name);
    }
}
