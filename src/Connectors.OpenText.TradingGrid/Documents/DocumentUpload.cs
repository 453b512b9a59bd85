namespace Connectors.OpenText.TradingGrid;

/// <summary>A document to share in a space. The content stream is read once and not disposed.</summary>
/// <param name="FileName">The file name the partner sees.</param>
/// <param name="Content">The bytes to send.</param>
/// <param name="DocumentType">The business type.</param>
public sealed record DocumentUpload(string FileName, Stream Content, DocumentType DocumentType)
{
    /// <summary>The MIME type; <c>application/octet-stream</c> when not set.</summary>
    public string ContentType { get; init; } = "application/octet-stream";

    /// <summary>The thread to share it in, if any.</summary>
    public string? ThreadId { get; init; }

    /// <summary>When the document (typically a certificate) expires.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }
}
