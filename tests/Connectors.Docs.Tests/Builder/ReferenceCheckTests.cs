using Connectors.Docs.Builder.Checks;

namespace Connectors.Docs.Tests.Builder;

public sealed class ReferenceCheckTests
{
    [Fact]
    public void Types_with_a_page_are_read_from_the_xrefmap()
    {
        string[] xrefmap =
        [
            "### YamlMime:XRefMap",
            "references:",
            "- uid: Connectors.Core.Response`1",
            "  name: Response<T>",
            "  href: reference/Connectors.Core.Response-1.html",
            "  commentId: T:Connectors.Core.Response`1",
            "- uid: Connectors.Core.Response`1.Value",
            "  href: reference/Connectors.Core.Response-1.html#Connectors_Core_Response_1_Value",
            "  commentId: P:Connectors.Core.Response`1.Value",
            "- uid: Connectors.Core.Hidden",
            "  commentId: T:Connectors.Core.Hidden",
        ];

        Assert.Equal(["Connectors.Core.Response`1"], ReferenceCheck.DocumentedTypes(xrefmap));
    }

    [Fact]
    public void Public_types_are_read_from_the_assembly_and_internal_ones_are_not()
    {
        var types = ReferenceCheck.PublicTypes(typeof(Connectors.Core.Telemetry.ConnectorDiagnostics).Assembly.Location).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Connectors.Core.Telemetry.ConnectorDiagnostics", types);
        Assert.Contains("Connectors.Core.Response`1", types);
        Assert.DoesNotContain(types, t => t.EndsWith(".Log", StringComparison.Ordinal)); // internal LoggerMessage holders
    }
}
