namespace Connectors.OpenText.CoreCase;

/// <summary>A document attached to a case (assumed shape).</summary>
public sealed class CaseAttachment
{
    internal CaseAttachment()
    {
    }

    /// <summary>The attachment id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The file name.</summary>
    public string FileName { get; internal set; } = string.Empty;

    /// <summary>The content type.</summary>
    public string ContentType { get; internal set; } = "application/octet-stream";

    /// <summary>The size in bytes.</summary>
    public long Size { get; internal set; }

    /// <summary>The lower-case hex SHA-256 of the content, when the service reports it.</summary>
    public string? Sha256 { get; internal set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }
}
