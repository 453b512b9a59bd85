namespace Connectors.Scenarios.Tests.TestSupport;

internal static class Eventually
{
    /// <summary>Waits until <paramref name="condition"/> holds (calling <paramref name="tick"/> between checks); fails the test after 20 s instead of hanging.</summary>
    public static async Task TrueAsync(Func<bool> condition, string what, Action? tick = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }

            tick?.Invoke();
            await Task.Delay(5);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> (asked of a store, say) holds; fails the test after 20 s instead of hanging.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }

            await Task.Delay(20);
        }
    }
}
