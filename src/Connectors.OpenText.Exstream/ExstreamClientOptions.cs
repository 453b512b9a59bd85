using Connectors.Core.DependencyInjection;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Settings for <see cref="ExstreamClient"/>: <see cref="ConnectorClientOptions.BaseAddress"/> is the Core
/// Communications URL (the part before <c>/orchestration</c>), <see cref="Domain"/> the Exstream domain, and the
/// OpenText identity settings (tenant, client id and secret) come from <see cref="OpenTextClientOptions"/>.
/// </summary>
public class ExstreamClientOptions : OpenTextClientOptions
{
    /// <summary>The Exstream domain jobs run in (e.g. <c>claims</c>).</summary>
    public string Domain { get; set; } = string.Empty;

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (string.IsNullOrWhiteSpace(Domain))
        {
            yield return "Domain is required (the Exstream domain, e.g. 'claims').";
        }
    }
}
