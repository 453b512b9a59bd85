using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>An outcome letter to send: the outcome, its version on the case and the first letter it revises.</summary>
/// <param name="Case">The case.</param>
/// <param name="Outcome">The outcome value.</param>
/// <param name="Version">1 for the first outcome, 2 for the first change, …</param>
/// <param name="Template">The letter.</param>
/// <param name="FirstLetterJobId">The job of the first letter of the case, when one was sent.</param>
public sealed record OutcomeLetter(CaseInstance Case, string Outcome, int Version, string? Template, string? FirstLetterJobId);

/// <summary>CC-EX-3: setting a case outcome sends a formal letter; changing it sends a revised letter that references the first.</summary>
public static class DisputeLetterRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "CC-EX-3";

    /// <summary>The name of its poller.</summary>
    public const string Poller = Id + ".case-events";

    /// <summary>
    /// Adds CC-EX-3: each change of the outcome attribute is an outcome version (counted in the case history); version 1
    /// submits the letter, later versions re-issue it with <c>revisionOf</c> = the first letter's job. Once per case id + outcome version.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddDisputeLetters(this ScenariosBuilder builder, Action<DisputeLetterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new DisputeLetterOptions();
        configure?.Invoke(options);
        options.Validate();

        return builder.AddScenario(Id, s => s
            .From(CaseEventTriggers.Poll(Poller, options.PollInterval, "CASE_UPDATED"))
            .Where(e => e.Changed(options.OutcomeAttribute))
            .Enrich("read-case", (e, step, ct) => ReadAsync(e, options, step, ct))
            .Where(l => l.Template is not null && Recipients.OfType(l.Case, options.CaseDefinitionIds))
            .Then("issue-letter", l => $"{l.Case.Ref}:outcome-v{l.Version}", (l, step, ct) => IssueAsync(l, options, step, ct)));
    }

    private static async ValueTask<OutcomeLetter> ReadAsync(CaseEventPayload e, DisputeLetterOptions options, StepContext step, CancellationToken cancellationToken)
    {
        var coreCase = step.Services.GetRequiredService<CoreCaseClient>();
        var exstream = step.Services.GetRequiredService<ExstreamClient>();
        var current = (await CaseSteps.ReadCaseAsync(e, step, cancellationToken).ConfigureAwait(false)).Case;

        // The outcome version is the number of outcome changes up to this event, so a replay computes the same key.
        async Task<int> VersionAsync()
        {
            var count = 0;
            await foreach (var h in coreCase.Events.ListHistoryAsync(e.Case, cancellationToken).ConfigureAwait(false))
            {
                if (h.Sequence <= e.Sequence && CaseEventTriggers.ToPayload(h).Changed(options.OutcomeAttribute))
                {
                    count++;
                }
            }

            return Math.Max(count, 1);
        }

        var version = await VersionAsync().ConfigureAwait(false);

        var letters = new HashSet<string>(options.Templates.Values, StringComparer.Ordinal);
        if (options.DefaultTemplate is { } fallback)
        {
            letters.Add(fallback);
        }

        async Task<string?> FirstLetterAsync()
        {
            await foreach (var job in exstream.Jobs.ListAsync(CaseLink.Format(e.Case)).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (job.RevisionOf is null && job.CommunicationId is not null && letters.Contains(job.CommunicationId))
                {
                    return job.JobId;
                }
            }

            return null;
        }

        var first = await FirstLetterAsync().ConfigureAwait(false);

        var outcome = Recipients.Text(current, options.OutcomeAttribute) ?? string.Empty;
        var template = CaseSteps.Lookup(options.Templates, outcome) ?? (outcome.Length == 0 ? null : options.DefaultTemplate);
        return new OutcomeLetter(current, outcome, version, template, first);
    }

    private static async ValueTask IssueAsync(OutcomeLetter letter, DisputeLetterOptions options, StepContext step, CancellationToken cancellationToken)
    {
        var exstream = step.Services.GetRequiredService<ExstreamClient>();
        var request = Recipients.Compose(letter.Case, options, letter.Template!, "outcome", letter.Outcome, step);
        request.Data!["outcomeVersion"] = letter.Version;
        if (letter.Version > 1 && letter.FirstLetterJobId is { } first)
        {
            await exstream.Jobs.ReissueAsync(
                first, request, $"Outcome changed to '{letter.Outcome}' (version {letter.Version})", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await exstream.Jobs.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
