namespace Connectors.OpenText.TradingGrid;

/// <summary>A document shared in a partner's space (invoice, packing list, proof of delivery, certificate…).</summary>
public sealed class SharedDocument
{
    /// <summary>The document id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The space it was shared in.</summary>
    public required string SpaceId { get; init; }

    /// <summary>The thread it was shared in, if any.</summary>
    public string? ThreadId { get; init; }

    /// <summary>The file name.</summary>
    public required string FileName { get; init; }

    /// <summary>The MIME type.</summary>
    public string? ContentType { get; init; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; init; }

    /// <summary>The lower-case hex SHA-256 of the bytes, when the service reports it.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The business type.</summary>
    public DocumentType DocumentType { get; init; }

    /// <summary>When the document (typically a certificate) expires.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>Who shared it.</summary>
    public CommunityAuthor? UploadedBy { get; init; }

    /// <summary>When it was shared.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
