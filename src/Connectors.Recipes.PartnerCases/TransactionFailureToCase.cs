using System.Globalization;
using System.Text;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Business choices of TG-CC-4 (failed B2B transaction → case).</summary>
public sealed class TransactionFailureToCaseOptions
{
    /// <summary>The case type. Required.</summary>
    public string CaseDefinitionId { get; set; } = string.Empty;

    /// <summary>Error codes that open a case (exact, case-insensitive); every failure when empty.</summary>
    public ISet<string> ErrorCodes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Routing by error type (e.g. <c>MasterDataMismatch</c> → a master-data queue); <see cref="Assignee"/> otherwise.</summary>
    public IDictionary<string, CaseIdentity> AssigneeByErrorType { get; } = new Dictionary<string, CaseIdentity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The default assignee.</summary>
    public CaseIdentity? Assignee { get; set; }

    /// <summary>Case priority.</summary>
    public CasePriority? Priority { get; set; }

    /// <summary>The poll interval.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        Require.NotEmpty(CaseDefinitionId, TransactionFailureToCase.Id, nameof(CaseDefinitionId));
        Require.Positive(PollInterval, TransactionFailureToCase.Id, nameof(PollInterval));
    }
}

/// <summary>TG-CC-4: a failed or held B2B transaction opens a case with ids, partner, error and history (key: transaction id + error code).</summary>
public static class TransactionFailureToCase
{
    /// <summary>The scenario name (catalog ID).</summary>
    public const string Id = "TG-CC-4";

    /// <summary>The poll twin's name.</summary>
    public const string Poller = "TG-CC-4.poll";

    /// <summary>Adds TG-CC-4.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="TransactionFailureToCaseOptions.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddTransactionFailureToCase(this ScenariosBuilder builder, Action<TransactionFailureToCaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new TransactionFailureToCaseOptions();
        configure(options);
        options.Validate();
        var json = PartnerCasesJsonContext.Default;
        string[] types = [TradingGridEventType.TransactionFailed.Value];

        return builder.AddScenario(Id, s => s
            .From(
                Trigger.Webhook(PartnerCaseLinks.TradingGridSource, TradingGridEventType.TransactionFailed.Value, TradingGridEvent.JsonTypeInfo),
                Trigger.Poll(Poller, PartnerCaseLinks.TradingGridSource, TradingGridEventType.TransactionFailed.Value, TradingGridEvent.JsonTypeInfo,
                    (services, since, ct) => PartnerCaseLinks.ReadTradingGridEventsAsync(services, since, types, ct), e => e.EventId, e => e.OccurredAt, options.PollInterval))
            .Map(PartnerCaseLinks.ToPartnerEvent)
            .Enrich("read-transaction", async (e, step, ct) =>
            {
                var id = e.TransactionId ?? throw new InvalidOperationException($"Trading Grid event '{e.EventId}' ({e.Type}) has no transactionId.");
                return new Failure(e, (await step.Services.GetRequiredService<TradingGridClient>().Transactions.GetAsync(id, ct).ConfigureAwait(false)).Value);
            })
            .Where(f => options.ErrorCodes.Count == 0 || (f.Transaction.ErrorCode is { } code && options.ErrorCodes.Contains(code)))
            .Then("open-case", f => $"{f.Transaction.TransactionId}:{f.Transaction.ErrorCode ?? f.Event.ErrorCode ?? "none"}", async (f, step, ct) =>
            {
                var t = f.Transaction;
                var partner = f.Event.PartnerCompanyId ?? t.SenderAddress ?? "unknown";
                var create = new CreateCaseOptions
                {
                    CaseDefinitionId = options.CaseDefinitionId,
                    Title = $"B2B {t.DocumentType?.Value ?? "transaction"} {t.TransactionId} failed: {t.ErrorCode}",
                    Summary = Describe(t),
                    Category = t.ErrorType,
                    Priority = options.Priority,
                    Assignee = t.ErrorType is { } type && options.AssigneeByErrorType.TryGetValue(type, out var routed) ? routed : options.Assignee,
                };
                create.ExternalReferences.Add(new ExternalReference(PartnerCaseLinks.PartnerSystem(partner), $"transaction:{t.TransactionId}:{t.ErrorCode ?? "none"}"));
                create.Attributes["transactionId"] = t.TransactionId;
                create.Attributes["errorCode"] = t.ErrorCode;
                create.Attributes["tgCorrelationId"] = t.CorrelationId;
                PartnerCaseLinks.Link(create, f.Event.PartnerCompanyId, null, null, step.CorrelationId);
                await step.Services.GetRequiredService<CoreCaseClient>().Cases.FindOrCreateAsync(create, ct).ConfigureAwait(false);
            }));
    }

    private static string Describe(B2BTransaction t)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Transaction {t.TransactionId} ({t.TransactionLevel}, {t.DocumentType?.Value} {t.StandardVersion}), Trading Grid correlation {t.CorrelationId}");
        text.AppendLine(CultureInfo.InvariantCulture, $"From {t.SenderName} ({t.SenderAddress}) to {t.ReceiverName} ({t.ReceiverAddress})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Error {t.ErrorCode} ({t.ErrorType}): {t.ErrorMessage}");
        text.AppendLine(CultureInfo.InvariantCulture, $"History: arrived {t.ArrivalTime:u}; status {t.Status.Value} at {t.StatusDate:u}; acknowledgement {t.AcknowledgementStatus?.Value ?? "n/a"}; delivery {t.DeliveryStatus ?? "n/a"}; parent {t.ParentTransactionId ?? "none"}");
        foreach (var key in t.ContentKeys)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{key.Key}: {key.Value}");
        }

        return text.ToString();
    }

    private sealed record Failure(PartnerEvent Event, B2BTransaction Transaction);
}
