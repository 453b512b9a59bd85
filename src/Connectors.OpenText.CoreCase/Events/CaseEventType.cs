using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>What happened to a case (history and events feed). (assumed values.) Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as the service spells it.</param>
public readonly record struct CaseEventType(string Value) : IExtensibleEnum<CaseEventType>
{
    /// <summary>The case was created.</summary>
    public static CaseEventType CaseCreated { get; } = new("CASE_CREATED");

    /// <summary>Attributes changed.</summary>
    public static CaseEventType CaseUpdated { get; } = new("CASE_UPDATED");

    /// <summary>The status changed (a milestone).</summary>
    public static CaseEventType StatusChanged { get; } = new("STATUS_CHANGED");

    /// <summary>The assignee changed.</summary>
    public static CaseEventType Assigned { get; } = new("ASSIGNED");

    /// <summary>A comment was added.</summary>
    public static CaseEventType CommentAdded { get; } = new("COMMENT_ADDED");

    /// <summary>A task was added.</summary>
    public static CaseEventType TaskCreated { get; } = new("TASK_CREATED");

    /// <summary>A task was completed.</summary>
    public static CaseEventType TaskCompleted { get; } = new("TASK_COMPLETED");

    /// <summary>A document was attached.</summary>
    public static CaseEventType AttachmentAdded { get; } = new("ATTACHMENT_ADDED");

    /// <summary>Another case was linked.</summary>
    public static CaseEventType LinkAdded { get; } = new("LINK_ADDED");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static CaseEventType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
