namespace Connectors.Emulators.BigCommerce;

/// <summary>Settings of a <see cref="BigCommerceEmulator"/>.</summary>
public sealed class BigCommerceEmulatorOptions
{
    /// <summary>The clock for dates, quota windows and webhook timestamps. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Requests per window for each store (BigCommerce plans range from 150 to 450 per 30 s). Default 450.</summary>
    public int RequestsPerWindow { get; set; } = 450;

    /// <summary>The quota window. Default 30 seconds.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the default store starts with seed data. Default true.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>
    /// Delays before each webhook redelivery after a failed attempt. BigCommerce retries over about 48 hours;
    /// the emulator keeps the pattern on a compressed schedule. Default 100 ms, 500 ms, 2 s.
    /// </summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; set; } =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)];

    /// <summary>How long a destination has to answer a delivery. Default 10 seconds.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The port to bind; 0 picks a free one.</summary>
    public int Port { get; set; }
}
