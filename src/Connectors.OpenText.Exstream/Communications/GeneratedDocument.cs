namespace Connectors.OpenText.Exstream;

/// <summary>
/// One output of an on-demand generation or fulfilment (<c>OrchestrationResponseData</c>): the decoded bytes, the media
/// type and the engine's context. An Empower output generated with an <c>empowerUser</c> carries the imported
/// document's id (<see cref="EmpowerDocumentId"/>) instead of a file.
/// </summary>
/// <param name="Content">The document bytes (decoded from the answer's base64).</param>
/// <param name="MimeType">The media type, e.g. <c>application/pdf</c> or <c>application/vnd.exstream-empower</c>.</param>
/// <param name="Context">The engine's description of the output.</param>
public sealed record GeneratedDocument(ReadOnlyMemory<byte> Content, string MimeType, EngineOutputContext? Context)
{
    /// <summary>The file name the engine gave the document, if any.</summary>
    public string? FileName => Context?.FileName;

    /// <summary>
    /// The Empower document id, when the output is the JSON <c>{"documentId": …}</c> an Empower queue answers with
    /// after importing the document (OpenText's SDK reads it with <c>readEmpowerOutputChannelContent</c>); otherwise null.
    /// </summary>
    public string? EmpowerDocumentId { get; init; }
}
