namespace Connectors.Recipes.CaseCommunications;

/// <summary>A Core Case event as the case-triggered recipes receive it (from the events feed poll).</summary>
/// <param name="EventId">The event id.</param>
/// <param name="Sequence">The feed sequence number.</param>
/// <param name="Case">The case (definition and id).</param>
/// <param name="Type">The event type, for example <c>STATUS_CHANGED</c> or <c>CASE_UPDATED</c>.</param>
/// <param name="OccurredOn">When it happened.</param>
/// <param name="FromStatus">The previous status of a status change.</param>
/// <param name="ToStatus">The new status of a status change.</param>
/// <param name="ChangedAttributes">The attributes a <c>CASE_UPDATED</c> event changed.</param>
public sealed record CaseEventPayload(
    string EventId,
    long Sequence,
    Connectors.OpenText.CoreCase.CaseRef Case,
    string Type,
    DateTimeOffset OccurredOn,
    string? FromStatus,
    string? ToStatus,
    IReadOnlyList<string> ChangedAttributes)
{
    /// <summary>Whether this event changed <paramref name="attribute"/>.</summary>
    /// <param name="attribute">The attribute name.</param>
    /// <returns><see langword="true"/> for a <c>CASE_UPDATED</c> event naming it.</returns>
    public bool Changed(string attribute) => Type == "CASE_UPDATED" && ChangedAttributes.Contains(attribute, StringComparer.Ordinal);
}

/// <summary>One output document of a completed Exstream job (CC-EX-2 polls one event per document).</summary>
/// <param name="JobId">The job.</param>
/// <param name="OutputId">The output.</param>
/// <param name="FileName">The output's file name.</param>
/// <param name="MimeType">The output's media type.</param>
/// <param name="CommunicationId">The communication (template) of the job.</param>
/// <param name="CorrelationId">The job's correlation id (a <see cref="CaseLink"/> for case communications).</param>
/// <param name="CompletedAt">When the job completed.</param>
public sealed record GeneratedDocumentPayload(
    string JobId,
    string OutputId,
    string? FileName,
    string? MimeType,
    string? CommunicationId,
    string? CorrelationId,
    DateTimeOffset CompletedAt);

/// <summary>A failed delivery reported by Exstream (CC-EX-6).</summary>
/// <param name="EventId">The Exstream event id.</param>
/// <param name="Type">The event type, for example <c>delivery.failed</c>.</param>
/// <param name="JobId">The job whose delivery failed.</param>
/// <param name="CommunicationId">The communication (template).</param>
/// <param name="Channel">The channel (email, print, sms).</param>
/// <param name="CorrelationId">The job's correlation id.</param>
/// <param name="Recipient">Who it was sent to.</param>
/// <param name="ReasonCode">Exstream's reason code, for example <c>bounced</c>.</param>
/// <param name="ReasonMessage">Exstream's reason text.</param>
/// <param name="OccurredAt">When the failure was reported.</param>
public sealed record DeliveryFailurePayload(
    string EventId,
    string Type,
    string JobId,
    string? CommunicationId,
    string? Channel,
    string? CorrelationId,
    RecipientPayload Recipient,
    string? ReasonCode,
    string? ReasonMessage,
    DateTimeOffset OccurredAt)
{
    /// <summary>The recipient part of the idempotency key: id, else email, else phone, else name.</summary>
    public string RecipientKey => Recipient.Id ?? Recipient.Email ?? Recipient.Phone ?? Recipient.Name ?? "unknown";
}

/// <summary>A communication recipient.</summary>
/// <param name="Id">Customer id.</param>
/// <param name="Name">Name.</param>
/// <param name="Email">Email address.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="AddressLine1">Street line.</param>
/// <param name="City">City.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">Country.</param>
public sealed record RecipientPayload(
    string? Id,
    string? Name,
    string? Email,
    string? Phone,
    string? AddressLine1 = null,
    string? City = null,
    string? PostalCode = null,
    string? Country = null);
