using System.Text.RegularExpressions;
using Connectors.OpenText.CoreCase;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Business choices of TG-CC-1 (partner dispute raised in the community → case).</summary>
public sealed class PartnerDisputeToCaseOptions
{
    /// <summary>The case type of dispute cases. Required.</summary>
    public string CaseDefinitionId { get; set; } = string.Empty;

    /// <summary>Thread categories that are disputes (case-insensitive). Default: Dispute, Shipment, Invoice, Order.</summary>
    public ISet<string> Categories { get; } = new HashSet<string>(["Dispute", "Shipment", "Invoice", "Order"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Who works the case (a queue or user); none when <see langword="null"/>.</summary>
    public CaseIdentity? Assignee { get; set; }

    /// <summary>Case priority.</summary>
    public CasePriority? Priority { get; set; }

    /// <summary>Case title; <c>{title}</c> and <c>{partner}</c> are replaced.</summary>
    public string TitleTemplate { get; set; } = "Partner dispute: {title}";

    /// <summary>Finds transaction references in the conversation. Default: Trading Grid ids such as <c>TX0000009004</c>.</summary>
    public Regex TransactionReferencePattern { get; set; } = new(@"\bTX\d{6,}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether documents shared in the thread are attached to the case.</summary>
    public bool AttachDocuments { get; set; } = true;

    /// <summary>The poll twin's interval.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        Require.NotEmpty(CaseDefinitionId, "TG-CC-1", nameof(CaseDefinitionId));
        Require.That(Categories.Count > 0, "TG-CC-1", "Categories must name at least one thread category.");
        Require.NotEmpty(TitleTemplate, "TG-CC-1", nameof(TitleTemplate));
        Require.That(TransactionReferencePattern is not null, "TG-CC-1", "TransactionReferencePattern is required.");
        Require.Positive(PollInterval, "TG-CC-1", nameof(PollInterval));
    }
}
