using Connectors.OpenText.CoreCase;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>Options of CC-EX-6 (delivery failure follow-up).</summary>
public sealed class DeliveryFailureOptions
{
    /// <summary>The Exstream event types that open a case. Default: failed delivery, invalid address, returned mail.</summary>
    public IList<string> FailureTypes { get; } = ["delivery.failed", "delivery.invalid_address", "delivery.returned_mail"];

    /// <summary>The case type of the contact-data case. Required.</summary>
    public string CaseDefinitionId { get; set; } = string.Empty;

    /// <summary>The queue (group) the case is assigned to; <see langword="null"/> leaves it unassigned. Default <c>contact-data</c>.</summary>
    public string? Queue { get; set; } = "contact-data";

    /// <summary>The case priority. Default high.</summary>
    public CasePriority Priority { get; set; } = CasePriority.High;

    /// <summary>The external reference system the case carries (its id is job id + recipient). Default <c>exstream-delivery</c>.</summary>
    public string ReferenceSystem { get; set; } = "exstream-delivery";

    /// <summary>The case status that means "contact data fixed, resend". Default <c>RESOLVED</c>.</summary>
    public string ResendOnStatus { get; set; } = "RESOLVED";

    /// <summary>How often the triggers poll. Default one minute.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOperationException">The options are not valid.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(CaseDefinitionId))
        {
            errors.Add("CaseDefinitionId is required (the case type of contact-data cases).");
        }

        if (FailureTypes.Count == 0)
        {
            errors.Add("FailureTypes needs at least one event type.");
        }

        if (string.IsNullOrWhiteSpace(ReferenceSystem))
        {
            errors.Add("ReferenceSystem is required.");
        }

        if (string.IsNullOrWhiteSpace(ResendOnStatus))
        {
            errors.Add("ResendOnStatus is required.");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            errors.Add("PollInterval must be positive.");
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"DeliveryFailureOptions is not valid: {string.Join(" ", errors)}");
        }
    }
}
