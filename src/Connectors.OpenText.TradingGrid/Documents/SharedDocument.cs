namespace Connectors.OpenText.TradingGrid;

/// <summary>A document shared in a partner's space (invoice, packing list, proof of delivery, certificate…).</summary>
public sealed class SharedDocument
{
    /// <summary>The document id.</summary>
    public required string DocumentId { get; set; }

    /// <summary>The space it was shared in.</summary>
    public required string SpaceId { get; set; }

    /// <summary>The thread it was shared in, if any.</summary>
    public string? ThreadId { get; set; }

    /// <summary>The file name.</summary>
    public required string FileName { get; set; }

    /// <summary>The MIME type.</summary>
    public string? ContentType { get; set; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>The lower-case hex SHA-256 of the bytes, when the service reports it.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The business type.</summary>
    public DocumentType DocumentType { get; set; }

    /// <summary>When the document (typically a certificate) expires.</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>A description.</summary>
    public string? Description { get; set; }

    /// <summary>Who shared it.</summary>
    public CommunityAuthor? UploadedBy { get; set; }

    /// <summary>When it was shared.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
