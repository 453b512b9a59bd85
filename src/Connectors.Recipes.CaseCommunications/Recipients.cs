using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.Scenarios.Runtime;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>Builds Exstream requests from a case; only what the options allow leaves the case.</summary>
internal static class Recipients
{
    public static RecipientPayload From(Recipient? recipient) => recipient is null
        ? new RecipientPayload(null, null, null, null)
        : new RecipientPayload(
            recipient.Id, recipient.Name, recipient.Email, recipient.Phone,
            recipient.Address?.Line1, recipient.Address?.City, recipient.Address?.PostalCode, recipient.Address?.Country);

    public static RecipientPayload FromCase(CaseInstance c, RecipientAttributes names) => new(
        Text(c, names.Id), Text(c, names.Name), Text(c, names.Email), Text(c, names.Phone),
        Text(c, names.AddressLine1), Text(c, names.City), Text(c, names.PostalCode), Text(c, names.Country));

    public static Recipient ToExstream(RecipientPayload r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Email = r.Email,
        Phone = r.Phone,
        Address = r.AddressLine1 is null && r.City is null
            ? null
            : new PostalAddress { Line1 = r.AddressLine1, City = r.City, PostalCode = r.PostalCode, Country = r.Country },
    };

    public static string? Text(CaseInstance c, string attribute)
        => c.Attributes.TryGetValue(attribute, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// A communication about a case: Exstream's correlation id links it to the case (<see cref="CaseLink"/>), the
    /// triggering event's correlation id rides in the data, and the step's idempotency key makes a resend return the same job.
    /// </summary>
    public static CommunicationRequest Compose(
        CaseInstance c, CaseCommunicationOptions options, string template, string purpose, string purposeValue, StepContext step)
    {
        var data = new JsonObject
        {
            ["caseId"] = c.Id,
            ["caseDefinitionId"] = c.CaseDefinitionId,
            ["caseNumber"] = c.CaseNumber,
            ["caseTitle"] = c.Title,
            ["caseType"] = c.CaseDefinitionName ?? c.CaseDefinitionId,
            [purpose] = purposeValue,
            ["correlationId"] = step.CorrelationId,
        };
        foreach (var name in options.SharedAttributes)
        {
            if (c.Attributes.TryGetValue(name, out var value))
            {
                data[name] = JsonNode.Parse(value.GetRawText());
            }
        }

        return new CommunicationRequest
        {
            CommunicationId = template,
            Channel = options.Channel,
            Recipient = ToExstream(FromCase(c, options.Recipient)),
            Data = data,
            CorrelationId = CaseLink.Format(c.Ref),
            IdempotencyKey = step.IdempotencyKey,
        };
    }

    public static bool OfType(CaseInstance c, IList<string> caseDefinitionIds) => caseDefinitionIds.Count == 0 || caseDefinitionIds.Contains(c.CaseDefinitionId);
}
