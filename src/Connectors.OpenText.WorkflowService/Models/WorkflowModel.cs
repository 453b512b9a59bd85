namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// A deployed process model (<c>runtime/models</c>; OpenText calls definitions "models"). The list and its keys are
/// published (<c>?modelType=&amp;key=&amp;latestVersion=true</c>, HAL <c>models</c>); the item's field names are not,
/// and follow Flowable's definition (assumed).
/// </summary>
public sealed class WorkflowModel
{
    /// <summary>The model id (used to delete it).</summary>
    public required string Id { get; set; }

    /// <summary>The process key shared by every version, used to start instances (<c>process_id</c> in the modeler JSON).</summary>
    public required string Key { get; set; }

    /// <summary>The display name.</summary>
    public string? Name { get; set; }

    /// <summary>The version; higher is newer.</summary>
    public int Version { get; set; }

    /// <summary>The model type, e.g. <c>json</c>.</summary>
    public string? ModelType { get; set; }

    /// <summary>The category.</summary>
    public string? Category { get; set; }

    /// <summary>The deployment that created it.</summary>
    public string? DeploymentId { get; set; }

    /// <summary>Whether new instances are refused.</summary>
    public bool Suspended { get; set; }

    /// <summary>The tenant.</summary>
    public string? TenantId { get; set; }
}
