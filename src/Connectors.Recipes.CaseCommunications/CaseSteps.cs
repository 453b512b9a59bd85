using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>A case event with the case as it is now.</summary>
/// <param name="Event">The event.</param>
/// <param name="Case">The case.</param>
public sealed record CaseAtEvent(CaseEventPayload Event, CaseInstance Case);

/// <summary>A communication the recipe decided to send about a case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Purpose">What the communication is for: <c>milestone</c>, <c>stage</c>, <c>outcome</c>, <c>notice</c>.</param>
/// <param name="Value">The milestone, stage, outcome or notice type.</param>
/// <param name="Template">The Exstream communication id; <see langword="null"/> when none is configured (nothing is sent).</param>
public sealed record CaseCommunication(CaseInstance Case, string Purpose, string Value, string? Template);

/// <summary>The steps the case-communication recipes share.</summary>
internal static class CaseSteps
{
    public static async ValueTask<CaseAtEvent> ReadCaseAsync(CaseEventPayload e, StepContext step, CancellationToken cancellationToken)
    {
        var client = step.Services.GetRequiredService<CoreCaseClient>();
        var found = await client.Cases.GetAsync(e.Case, cancellationToken).ConfigureAwait(false);
        return new CaseAtEvent(e, found.Value);
    }

    public static async ValueTask SubmitAsync(CaseCommunication c, CaseCommunicationOptions options, StepContext step, CancellationToken cancellationToken)
    {
        var exstream = step.Services.GetRequiredService<ExstreamClient>();
        var request = Recipients.Compose(c.Case, options, c.Template!, c.Purpose, c.Value, step);
        await exstream.Jobs.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public static string? Lookup(IDictionary<string, string> templates, string? key)
        => key is not null && templates.TryGetValue(key, out var template) ? template : null;
}
