namespace Connectors.Core.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Arithmetic_still_works() => Assert.Equal(4, 2 + 2);
}
