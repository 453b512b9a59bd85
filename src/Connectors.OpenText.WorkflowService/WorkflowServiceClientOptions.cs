using Connectors.OpenText;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Options of <see cref="WorkflowServiceClient"/>: the Workflow Service address
/// (e.g. <c>https://na-1.api.opentext.com/workflow/v1/</c>), the tenant and OAuth2 client, resilience.
/// </summary>
public sealed class WorkflowServiceClientOptions : OpenTextClientOptions
{
    /// <summary>The page size asked for when a list call gives no hint. Default 50 (the service's maximum is 500).</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (DefaultPageSize is < 1 or > 500)
        {
            yield return "DefaultPageSize must be between 1 and 500.";
        }
    }
}
