namespace Connectors.OpenText.Exstream;

/// <summary>An Empower (Interactive) document created by an on-demand generation: open it in Empower, then fulfil it.</summary>
/// <param name="DocumentId">The document id (<c>EmpowerOutputChannelContent.documentId</c>).</param>
public sealed record EmpowerDocument(string DocumentId);
