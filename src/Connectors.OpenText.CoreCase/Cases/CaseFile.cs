namespace Connectors.OpenText.CoreCase;

/// <summary>
/// A file sent with <see cref="CaseService.CreateWithAttachmentsAsync"/> or <see cref="CaseAttachmentService.UploadAsync"/>:
/// read as it is sent, never buffered whole. The stream stays yours (it is not disposed).
/// </summary>
/// <param name="FileName">The file name.</param>
/// <param name="ContentType">The media type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record CaseFile(string FileName, string ContentType, Stream Content);
