namespace Connectors.OpenText.TradingGrid.Tests;

/// <summary>One seeded environment shared by the tests of a class that only read the seed data.</summary>
public sealed class SeededEnvironmentFixture : IAsyncLifetime
{
    private TradingGridTestEnvironment? _environment;

    internal TradingGridTestEnvironment Environment => _environment ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _environment = await TradingGridTestEnvironment.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }
}
