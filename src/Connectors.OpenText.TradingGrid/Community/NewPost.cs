namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// A post to write. There are exactly two kinds, and the partner-visible kind has no place for internal data:
/// <see cref="PartnerPost"/> (body, reply target and attachments only) and <see cref="InternalPost"/>
/// (adds the note, case reference and tags). Each kind is sent as its own wire shape, so internal
/// fields cannot reach a partner even by mistake.
/// </summary>
public abstract class NewPost
{
    private protected NewPost(string body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        Body = body;
    }

    /// <summary>The text.</summary>
    public string Body { get; }

    /// <summary>The post this replies to, if any.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>Ids of documents (already shared in the space) to attach.</summary>
    public IReadOnlyList<string> DocumentIds { get; init => field = value ?? []; } = [];

    /// <summary>Who will be able to read the post.</summary>
    public abstract PostVisibility Visibility { get; }
}

/// <summary>A post the partner can read. It has no internal fields by design.</summary>
public sealed class PartnerPost : NewPost
{
    /// <summary>Creates a partner-visible post.</summary>
    /// <param name="body">The text.</param>
    public PartnerPost(string body)
        : base(body)
    {
    }

    /// <inheritdoc />
    public override PostVisibility Visibility => PostVisibility.Partner;
}

/// <summary>A post only the company's own users can read, with optional internal annotations.</summary>
public sealed class InternalPost : NewPost
{
    /// <summary>Creates an internal post.</summary>
    /// <param name="body">The text.</param>
    public InternalPost(string body)
        : base(body)
    {
    }

    /// <inheritdoc />
    public override PostVisibility Visibility => PostVisibility.Internal;

    /// <summary>An internal note.</summary>
    public string? Note { get; init; }

    /// <summary>A reference to an internal case.</summary>
    public string? CaseReference { get; init; }

    /// <summary>Internal tags.</summary>
    public IReadOnlyList<string> Tags { get; init => field = value ?? []; } = [];
}
