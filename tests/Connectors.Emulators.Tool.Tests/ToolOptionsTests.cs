namespace Connectors.Emulators.Tool.Tests;

public sealed class ToolOptionsTests
{
    [Fact]
    public void By_default_all_five_systems_and_identity_get_ports_5180_to_5185()
    {
        var options = ToolOptions.Parse([])!;

        Assert.Equal(
            ["identity=5180", "bigcommerce=5181", "corecase=5182", "exstream=5183", "tradinggrid=5184", "workflowservice=5185"],
            options.Systems.Select(s => $"{s.Name}={options.Ports[s]}"));
        Assert.Null(options.ConfigFile);
    }

    [Fact]
    public void BigCommerce_alone_needs_no_identity_service_and_one_port_can_be_moved()
    {
        var options = ToolOptions.Parse(["BigCommerce", "--port-base", "7000", "--port", "bigcommerce=7100"])!;

        Assert.Equal(["bigcommerce=7100"], options.Systems.Select(s => $"{s.Name}={options.Ports[s]}"));
    }

    [Fact]
    public void Two_systems_on_one_port_and_ports_out_of_range_are_refused()
    {
        Assert.Contains("Port 7002 is given to both", Assert.Throws<ArgumentException>(() => ToolOptions.Parse(["--port-base", "7000", "--port", "exstream=7002"])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ToolOptions.Parse(["--port-base", "65533"]));
        Assert.Throws<ArgumentException>(() => ToolOptions.Parse(["--port", "corecase=70000"]));
        Assert.Throws<ArgumentException>(() => ToolOptions.Parse(["--port", "corecase"]));
    }

    [Fact]
    public void Help_returns_no_options()
    {
        Assert.Null(ToolOptions.Parse(["--help"]));
    }
}
