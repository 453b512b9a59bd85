using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>CC-EX-1: a case milestone (approval, denial, escalation, closure) sends the milestone's Exstream communication.</summary>
public static class MilestoneCommunicationRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "CC-EX-1";

    /// <summary>The name of its poller (<c>IScenarioRunner.PollAsync</c>).</summary>
    public const string Poller = Id + ".case-events";

    /// <summary>
    /// Adds CC-EX-1: a status change listed in <see cref="MilestoneCommunicationOptions.StatusMilestones"/>, or a change of
    /// the milestone attribute, submits an Exstream job with the milestone's template and the case data, once per case + milestone.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddMilestoneCommunications(this ScenariosBuilder builder, Action<MilestoneCommunicationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new MilestoneCommunicationOptions();
        configure?.Invoke(options);
        options.Validate();

        return builder.AddScenario(Id, s => s
            .From(CaseEventTriggers.Poll(Poller, options.PollInterval, "STATUS_CHANGED", "CASE_UPDATED"))
            .Where(e => (e.ToStatus is { } to && options.StatusMilestones.ContainsKey(to)) || e.Changed(options.MilestoneAttribute))
            .Enrich("read-case", CaseSteps.ReadCaseAsync)
            .Where(x => Recipients.OfType(x.Case, options.CaseDefinitionIds))
            .Map(x =>
            {
                var milestone = x.Event.Type == "STATUS_CHANGED"
                    ? options.StatusMilestones[x.Event.ToStatus!]
                    : Recipients.Text(x.Case, options.MilestoneAttribute) ?? string.Empty;
                return new CaseCommunication(x.Case, "milestone", milestone, CaseSteps.Lookup(options.Templates, milestone));
            })
            .Where(c => c.Template is not null)
            .Then("send-communication", c => $"{c.Case.Ref}:{c.Value}", (c, step, ct) => CaseSteps.SubmitAsync(c, options, step, ct)));
    }
}
