using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace Connectors.Emulators.Tool.Tests;

/// <summary>Choosing systems, stopping with Ctrl+C, and the errors a user can make.</summary>
public sealed class ToolLifecycleTests
{
    [Fact]
    public async Task Named_systems_start_alone_and_ctrl_c_stops_them_cleanly()
    {
        var configFile = Path.Combine(Path.GetTempPath(), $"connectors-emulators-{Guid.NewGuid():N}.json");
        try
        {
            await using var tool = ToolProcess.Start("corecase", "--port-base", "0", "--write-config", configFile);
            await tool.WaitUntilReadyAsync();
            var configuration = new ConfigurationBuilder().AddJsonFile(configFile).Build();
            Assert.Equal(["CoreCase", "Recipes"], configuration.GetChildren().Select(c => c.Key).Order(StringComparer.Ordinal));
            Assert.Contains("OpenText identity", tool.Output, StringComparison.Ordinal); // Core Case needs it
            Assert.DoesNotContain("BigCommerce", tool.Output, StringComparison.Ordinal);
            var coreCase = new Uri(configuration["CoreCase:BaseAddress"]!);
            Assert.True(await AcceptsAsync(coreCase.Port));

            await tool.InterruptAsync();

            Assert.Equal(0, tool.ExitCode);
            Assert.EndsWith("Stopped.", tool.Output.TrimEnd(), StringComparison.Ordinal);
            Assert.False(await AcceptsAsync(coreCase.Port));
        }
        finally
        {
            File.Delete(configFile);
        }
    }

    [Fact]
    public async Task A_port_in_use_stops_the_start_with_exit_code_1_and_says_what_to_do()
    {
        using var taken = new TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        await using var tool = ToolProcess.Start("bigcommerce", "--port", $"bigcommerce={port}");
        await tool.WaitForExitAsync();

        Assert.Equal(1, tool.ExitCode);
        Assert.Contains($"BigCommerce could not listen on 127.0.0.1:{port}", tool.Output, StringComparison.Ordinal);
        Assert.Contains("--port-base", tool.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("salesforce", "Unknown system 'salesforce'")]
    [InlineData("--port-base", "--port-base needs a value")]
    [InlineData("--port-base=5180", "Unknown option '--port-base=5180'")]
    public async Task A_wrong_argument_exits_2_with_the_usage(string argument, string message)
    {
        await using var tool = ToolProcess.Start(argument);
        await tool.WaitForExitAsync();

        Assert.Equal(2, tool.ExitCode);
        Assert.Contains(message, tool.Output, StringComparison.Ordinal);
        Assert.Contains("Usage: connectors-emulators", tool.Output, StringComparison.Ordinal);
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
