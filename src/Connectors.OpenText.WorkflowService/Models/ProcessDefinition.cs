namespace Connectors.OpenText.WorkflowService;

/// <summary>A deployed version of a process model.</summary>
public sealed class ProcessDefinition
{
    /// <summary>The definition id (<c>{key}:{version}:{uuid}</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The key shared by every version, used to start instances.</summary>
    public required string Key { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The version; higher is newer.</summary>
    public int Version { get; init; }

    /// <summary>The category.</summary>
    public string? Category { get; init; }

    /// <summary>The deployment that created it.</summary>
    public string? DeploymentId { get; init; }

    /// <summary>Whether new instances are refused.</summary>
    public bool Suspended { get; init; }

    /// <summary>The tenant.</summary>
    public string? TenantId { get; init; }
}
