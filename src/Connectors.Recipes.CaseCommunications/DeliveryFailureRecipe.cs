using System.Text.Json.Nodes;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>
/// CC-EX-6: a failed delivery (bounce, invalid address, returned mail) opens a case to fix the contact data; when the case is
/// resolved the communication is re-issued through Exstream to the corrected recipient, referencing the failed job.
/// </summary>
public static class DeliveryFailureRecipe
{
    /// <summary>The catalog id and the scenario that opens the case.</summary>
    public const string Id = "CC-EX-6";

    /// <summary>The scenario of the flow back (resend when fixed).</summary>
    public const string ResendId = Id + ".resend";

    /// <summary>The poller of delivery failures.</summary>
    public const string Poller = Id + ".delivery-events";

    /// <summary>The poller of case status changes (flow back).</summary>
    public const string ResendPoller = ResendId + ".case-events";

    /// <summary>Case attributes the recipe writes; an agent corrects the <c>recipient…</c> ones before resolving.</summary>
    public static class Attributes
    {
        /// <summary>The failed job.</summary>
        public const string JobId = "exstreamJobId";

        /// <summary>Its communication (template).</summary>
        public const string CommunicationId = "communicationId";

        /// <summary>Its channel.</summary>
        public const string Channel = "channel";

        /// <summary>Exstream's correlation id of the failed job (the case it was about).</summary>
        public const string CommunicationCorrelationId = "communicationCorrelationId";

        /// <summary>The correlation id of the triggering event.</summary>
        public const string CorrelationId = "correlationId";

        /// <summary>What failed and why.</summary>
        public const string FailureReason = "failureReason";

        /// <summary>Recipient id.</summary>
        public const string RecipientId = "recipientId";

        /// <summary>Recipient name.</summary>
        public const string RecipientName = "recipientName";

        /// <summary>Recipient email.</summary>
        public const string RecipientEmail = "recipientEmail";

        /// <summary>Recipient phone.</summary>
        public const string RecipientPhone = "recipientPhone";

        /// <summary>Recipient street line.</summary>
        public const string RecipientAddressLine1 = "recipientAddressLine1";

        /// <summary>Recipient city.</summary>
        public const string RecipientCity = "recipientCity";

        /// <summary>Recipient postal code.</summary>
        public const string RecipientPostalCode = "recipientPostalCode";

        /// <summary>Recipient country.</summary>
        public const string RecipientCountry = "recipientCountry";
    }

    /// <summary>
    /// Adds CC-EX-6 (open a contact-data case per job id + recipient) and its flow back <see cref="ResendId"/>
    /// (re-issue once per job id + recipient when the case reaches <see cref="DeliveryFailureOptions.ResendOnStatus"/>).
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options; <see cref="DeliveryFailureOptions.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddDeliveryFailureFollowUp(this ScenariosBuilder builder, Action<DeliveryFailureOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new DeliveryFailureOptions();
        configure(options);
        options.Validate();

        builder.AddScenario(Id, s => s
            .From(ExstreamEventTriggers.DeliveryFailures(Poller, options.PollInterval, [.. options.FailureTypes]))
            .Then("open-case", f => $"{f.JobId}:{f.RecipientKey}", (f, step, ct) => OpenCaseAsync(f, options, step, ct)));

        return builder.AddScenario(ResendId, s => s
            .From(CaseEventTriggers.Poll(ResendPoller, options.PollInterval, "STATUS_CHANGED"))
            .Where(e => e.ToStatus == options.ResendOnStatus)
            .Enrich("read-case", CaseSteps.ReadCaseAsync)
            .Where(x => Reference(x.Case, options) is not null)
            .Then("resend", x => Reference(x.Case, options)!, (x, step, ct) => ResendAsync(x.Case, step, ct)));
    }

    private static string? Reference(CaseInstance c, DeliveryFailureOptions options)
        => c.ExternalReferences.FirstOrDefault(r => r.System == options.ReferenceSystem)?.Id;

    private static async ValueTask OpenCaseAsync(DeliveryFailurePayload failure, DeliveryFailureOptions options, StepContext step, CancellationToken cancellationToken)
    {
        var coreCase = step.Services.GetRequiredService<CoreCaseClient>();
        var r = failure.Recipient;
        var create = new CreateCaseOptions
        {
            CaseDefinitionId = options.CaseDefinitionId,
            Title = $"Fix contact data of {r.Name ?? failure.RecipientKey}: {failure.Type} ({failure.CommunicationId})",
            Summary = $"Exstream job {failure.JobId} could not be delivered over {failure.Channel}: {failure.ReasonCode} {failure.ReasonMessage}".Trim(),
            Priority = options.Priority,
            Assignee = options.Queue is null ? null : CaseIdentity.FunctionalRole(options.Queue),
        };
        create.ExternalReferences.Add(new ExternalReference(options.ReferenceSystem, $"{failure.JobId}:{failure.RecipientKey}"));
        void Set(string name, string? value)
        {
            if (value is not null)
            {
                create.Attributes[name] = JsonValue.Create(value);
            }
        }

        Set(Attributes.JobId, failure.JobId);
        Set(Attributes.CommunicationId, failure.CommunicationId);
        Set(Attributes.Channel, failure.Channel);
        Set(Attributes.CommunicationCorrelationId, failure.CorrelationId);
        Set(Attributes.CorrelationId, step.CorrelationId);
        Set(Attributes.FailureReason, $"{failure.Type}: {failure.ReasonCode} {failure.ReasonMessage}".Trim());
        Set(Attributes.RecipientId, r.Id);
        Set(Attributes.RecipientName, r.Name);
        Set(Attributes.RecipientEmail, r.Email);
        Set(Attributes.RecipientPhone, r.Phone);
        Set(Attributes.RecipientAddressLine1, r.AddressLine1);
        Set(Attributes.RecipientCity, r.City);
        Set(Attributes.RecipientPostalCode, r.PostalCode);
        Set(Attributes.RecipientCountry, r.Country);

        // Find-or-create on the external reference: a retry after an unanswered create finds the case instead of opening a second.
        await coreCase.Cases.FindOrCreateAsync(create, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask ResendAsync(CaseInstance fixCase, StepContext step, CancellationToken cancellationToken)
    {
        string Required(string name) => Recipients.Text(fixCase, name)
            ?? throw new InvalidOperationException($"Case {fixCase.CaseNumber ?? fixCase.Id} has no '{name}' attribute; it cannot be resent.");

        var exstream = step.Services.GetRequiredService<ExstreamClient>();
        var originalJob = Required(Attributes.JobId);
        var recipient = new RecipientPayload(
            Recipients.Text(fixCase, Attributes.RecipientId),
            Required(Attributes.RecipientName),
            Recipients.Text(fixCase, Attributes.RecipientEmail),
            Recipients.Text(fixCase, Attributes.RecipientPhone),
            Recipients.Text(fixCase, Attributes.RecipientAddressLine1),
            Recipients.Text(fixCase, Attributes.RecipientCity),
            Recipients.Text(fixCase, Attributes.RecipientPostalCode),
            Recipients.Text(fixCase, Attributes.RecipientCountry));
        var request = new CommunicationRequest
        {
            CommunicationId = Required(Attributes.CommunicationId),
            Channel = CommunicationChannel.Create(Required(Attributes.Channel)),
            Recipient = Recipients.ToExstream(recipient),
            Data = new JsonObject
            {
                ["contactCaseId"] = fixCase.Ref.ToString(),
                ["originalJobId"] = originalJob,
                ["correlationId"] = step.CorrelationId,
            },
            CorrelationId = Recipients.Text(fixCase, Attributes.CommunicationCorrelationId) ?? CaseLink.Format(fixCase.Ref),
            IdempotencyKey = step.IdempotencyKey,
        };
        await exstream.Jobs.ReissueAsync(
            originalJob, request, $"Contact data corrected in case {fixCase.CaseNumber ?? fixCase.Id}", cancellationToken).ConfigureAwait(false);
    }
}
