using System.Globalization;
using System.Runtime.CompilerServices;
using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>A certificate that reaches one of its reminder lead times (the payload of the TG-WF-5 schedule).</summary>
public sealed record CertificateReminder
{
    /// <summary>The partner.</summary>
    public required string PartnerCompanyId { get; init; }

    /// <summary>The partner's space.</summary>
    public required string SpaceId { get; init; }

    /// <summary>The certificate (document id).</summary>
    public required string DocumentId { get; init; }

    /// <summary>The thread the certificate was shared in.</summary>
    public string? ThreadId { get; init; }

    /// <summary>The file name.</summary>
    public required string FileName { get; init; }

    /// <summary>The expiry date.</summary>
    public DateOnly ExpiresOn { get; init; }

    /// <summary>The lead time reached, in days before expiry.</summary>
    public int DaysBefore { get; init; }
}

/// <summary>Options of TG-WF-5: the completeness check, the review process, the reminders and the outcome messages.</summary>
public sealed class CertificateValidationWorkflowOptions : PartnerWorkflowOptions
{
    /// <summary>Creates the options; the file name, expiry and partner comment may be shown to the partner.</summary>
    public CertificateValidationWorkflowOptions()
    {
        PartnerVisibleVariables.Add("fileName");
        PartnerVisibleVariables.Add("expiresOn");
        PartnerVisibleVariables.Add("partnerComment");
    }

    /// <inheritdoc />
    public override string ProcessDefinitionKey { get; set; } = "certificate-validation";

    /// <summary>Document types treated as certificates.</summary>
    public ISet<string> DocumentTypes { get; } = new HashSet<string>(["Certificate"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Posted when a certificate fails the completeness check (no expiry date, or already expired); no review starts.</summary>
    public string IncompleteMessage { get; set; } = "Your certificate {0} cannot be reviewed: it needs a valid expiry date in the future. Please share it again.";

    /// <summary>Reminder lead times in days before expiry (each sends one reminder).</summary>
    public IList<int> ReminderDaysBefore { get; } = [30, 7];

    /// <summary>The reminder text: {0} file name, {1} expiry date.</summary>
    public string ReminderMessage { get; set; } = "Your certificate {0} expires on {1:yyyy-MM-dd}. Please share a renewed certificate.";

    /// <summary>The process variable holding the review outcome.</summary>
    public string OutcomeVariable { get; set; } = "outcome";

    /// <summary>Partner message per outcome value when the review process completes.</summary>
    public IDictionary<string, string> MessageByOutcome { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["accepted"] = "Your certificate {fileName} (valid until {expiresOn}) has been accepted.",
        ["rejected"] = "Your certificate {fileName} was not accepted: {partnerComment}",
    };

    /// <summary>The clock the reminder schedule reads.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    internal override void Validate(string recipe)
    {
        base.Validate(recipe);
        if (DocumentTypes.Count == 0)
        {
            throw Invalid(recipe, "DocumentTypes needs at least one type.");
        }

        if (ReminderDaysBefore.Any(d => d <= 0))
        {
            throw Invalid(recipe, "ReminderDaysBefore must hold positive day counts.");
        }

        Require(recipe, nameof(IncompleteMessage), IncompleteMessage);
        Require(recipe, nameof(ReminderMessage), ReminderMessage);
        Require(recipe, nameof(OutcomeVariable), OutcomeVariable);
        RequireTemplates(recipe, nameof(MessageByOutcome), MessageByOutcome);
        ArgumentNullException.ThrowIfNull(Time);
    }
}

/// <summary>
/// TG-WF-5: a shared certificate is checked for completeness and reviewed; the outcome is posted back; reminders go
/// out before it expires.
/// </summary>
public static class CertificateValidationWorkflow
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "TG-WF-5";

    /// <summary>The flow-back scenario name.</summary>
    public const string FlowBackId = "TG-WF-5.back";

    /// <summary>The reminder scenario name.</summary>
    public const string RemindersId = "TG-WF-5.reminders";

    /// <summary>
    /// Adds TG-WF-5, its flow back and its reminder schedule. Idempotency keys: partner + certificate id; reminders
    /// partner + certificate id + expiry (+ lead time, so each lead time reminds once).
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddCertificateValidationWorkflow(this ScenariosBuilder builder, Action<CertificateValidationWorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CertificateValidationWorkflowOptions();
        configure?.Invoke(options);
        options.Validate(Id);
        var triggers = PartnerTriggers.Community(Id, "document.shared", options.PollInterval);

        builder.AddScenario(Id, s => s
            .From(triggers[0], triggers[1..])
            .Map(PartnerTriggers.ToPartnerEvent)
            .Where(e => e.DocumentId is not null)
            .Enrich("read-certificate", PartnerWorkflowSteps.ReadSharedDocumentAsync)
            .Where(x => options.DocumentTypes.Contains(x.Document.DocumentType.Value))
            .Map(x => new WorkflowStart
            {
                BusinessKey = $"{x.Partner}/{x.Document.DocumentId}",
                PartnerCompanyId = x.Partner,
                SpaceId = x.Document.SpaceId,
                ThreadId = x.Document.ThreadId,
                ThreadTitle = $"Certificate {x.Document.FileName}",
                ThreadOpening = $"We received your certificate {x.Document.FileName}.",
                Variables = new()
                {
                    ["documentId"] = x.Document.DocumentId,
                    ["fileName"] = x.Document.FileName,
                    ["expiresOn"] = x.Document.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                },
            })
            .Then("open-thread", x => x.BusinessKey, PartnerWorkflowSteps.EnsureThreadAsync, PartnerWorkflowsJsonContext.Default.WorkflowStart)
            .Route(r => r
                .When(x => IsComplete(x, options), complete => complete
                    .Then("start-review", x => x.BusinessKey, (x, step, ct) => PartnerWorkflowSteps.StartAsync(options.ProcessDefinitionKey, x, step, ct), PartnerWorkflowsJsonContext.Default.StartedProcess))
                .Otherwise(incomplete => incomplete
                    .Then("post-incomplete", x => x.BusinessKey, (x, step, ct) =>
                        PartnerWorkflowSteps.PostAsync(step, x.ThreadId!, string.Format(CultureInfo.InvariantCulture, options.IncompleteMessage, x.Variables["fileName"]), ct)))));

        WorkflowFlowBack.AddPosting(
            builder,
            FlowBackId,
            options.PollInterval,
            c => c.ProcessDefinitionKey == options.ProcessDefinitionKey && c.EventType == "PROCESS_COMPLETED",
            p => p.Get(options.OutcomeVariable) is { } outcome && options.MessageByOutcome.TryGetValue(outcome, out var template)
                ? PartnerWorkflowSteps.Render(template, p, options.PartnerVisibleVariables).Trim()
                : null);

        var schedule = Trigger.Poll(
            $"{RemindersId}/certificate-expiry",
            PartnerTriggers.TradingGridSource,
            "certificate.expiring",
            PartnerWorkflowsJsonContext.Default.CertificateReminder,
            (services, _, ct) => DueReminders(services, options, ct),
            r => r.DocumentId,
            r => new DateTimeOffset(r.ExpiresOn.AddDays(-r.DaysBefore).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            options.PollInterval);
        return builder.AddScenario(RemindersId, s => s
            .From(schedule)
            .Then("send-reminder", r => $"{r.PartnerCompanyId}/{r.DocumentId}/{r.ExpiresOn:yyyy-MM-dd}/{r.DaysBefore}", async (r, step, ct) =>
            {
                var text = string.Format(CultureInfo.InvariantCulture, options.ReminderMessage, r.FileName, r.ExpiresOn);
                if (r.ThreadId is not null)
                {
                    await PartnerWorkflowSteps.PostAsync(step, r.ThreadId, text, ct).ConfigureAwait(false);
                }
                else
                {
                    await PartnerWorkflowSteps.OpenThreadAsync(step, r.SpaceId, $"Certificate {r.FileName} expires soon", text, ct).ConfigureAwait(false);
                }
            }));
    }

    private static bool IsComplete(WorkflowStart start, CertificateValidationWorkflowOptions options)
        => DateOnly.TryParseExact(start.Variables["expiresOn"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires)
            && expires > DateOnly.FromDateTime(options.Time.GetUtcNow().UtcDateTime);

    // The schedule: every certificate in every partner space whose expiry is within a lead time yields one reminder per lead time reached.
    private static async IAsyncEnumerable<CertificateReminder> DueReminders(IServiceProvider services, CertificateValidationWorkflowOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<TradingGridClient>();
        var today = DateOnly.FromDateTime(options.Time.GetUtcNow().UtcDateTime);
        await foreach (var space in client.Spaces.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await foreach (var document in client.Documents.ListAsync(space.SpaceId, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (document.ExpiresOn is not { } expires || expires < today || !options.DocumentTypes.Contains(document.DocumentType.Value))
                {
                    continue;
                }

                foreach (var days in options.ReminderDaysBefore.Where(d => expires.AddDays(-d) <= today))
                {
                    yield return new CertificateReminder
                    {
                        PartnerCompanyId = space.PartnerCompanyId,
                        SpaceId = space.SpaceId,
                        DocumentId = document.DocumentId,
                        ThreadId = document.ThreadId,
                        FileName = document.FileName,
                        ExpiresOn = expires,
                        DaysBefore = days,
                    };
                }
            }
        }
    }
}
