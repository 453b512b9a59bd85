using Connectors.OpenText.Exstream;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>CC-EX-4: a compliance action on a case issues a standardized notice from a controlled template, archived for audit.</summary>
public static class RegulatoryNoticeRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "CC-EX-4";

    /// <summary>The name of its poller.</summary>
    public const string Poller = Id + ".case-events";

    /// <summary>
    /// Adds CC-EX-4: setting the action attribute on a case (of <see cref="CaseCommunicationOptions.CaseDefinitionIds"/>) submits
    /// the notice type's controlled template, and an archive copy, once per case id + notice type.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddRegulatoryNotices(this ScenariosBuilder builder, Action<RegulatoryNoticeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new RegulatoryNoticeOptions();
        configure?.Invoke(options);
        options.Validate();

        return builder.AddScenario(Id, s => s
            .From(CaseEventTriggers.Poll(Poller, options.PollInterval, "CASE_UPDATED"))
            .Where(e => e.Changed(options.ActionAttribute))
            .Enrich("read-case", CaseSteps.ReadCaseAsync)
            .Where(x => Recipients.OfType(x.Case, options.CaseDefinitionIds) && Recipients.Text(x.Case, options.ActionAttribute) is { Length: > 0 })
            .Map(x =>
            {
                var notice = Recipients.Text(x.Case, options.ActionAttribute)!;
                var template = CaseSteps.Lookup(options.Notices, notice)
                    ?? throw new InvalidOperationException(
                        $"Notice type '{notice}' on case {x.Case.CaseNumber ?? x.Case.Id} has no controlled template; allowed: {string.Join(", ", options.Notices.Keys)}.");
                return new CaseCommunication(x.Case, "notice", notice, template);
            })
            .Then("send-notice", c => $"{c.Case.Ref}:{c.Value}", (c, step, ct) => CaseSteps.SubmitAsync(c, options, step, ct))
            .Then("archive-notice", c => $"{c.Case.Ref}:{c.Value}", (c, step, ct) => ArchiveAsync(c, options, step, ct)));
    }

    private static async ValueTask ArchiveAsync(CaseCommunication notice, RegulatoryNoticeOptions options, StepContext step, CancellationToken cancellationToken)
    {
        if (!options.RetainInArchive)
        {
            return;
        }

        var exstream = step.Services.GetRequiredService<ExstreamClient>();
        var request = Recipients.Compose(notice.Case, options, notice.Template!, notice.Purpose, notice.Value, step);
        var archived = new CommunicationRequest
        {
            CommunicationId = request.CommunicationId,
            Channel = CommunicationChannel.Archive,
            Recipient = request.Recipient,
            Data = request.Data,
            CorrelationId = request.CorrelationId,
            IdempotencyKey = request.IdempotencyKey,
        };
        await exstream.Jobs.SubmitAsync(archived, cancellationToken).ConfigureAwait(false);
    }
}
