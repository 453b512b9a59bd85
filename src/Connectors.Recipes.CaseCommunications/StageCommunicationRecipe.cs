using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>CC-EX-5: each lifecycle stage of a case (acknowledgement, missing information, renewal, approval, closure) sends its template.</summary>
public static class StageCommunicationRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "CC-EX-5";

    /// <summary>The name of its poller.</summary>
    public const string Poller = Id + ".case-events";

    /// <summary>The name of its due-date sweep (registered unless <see cref="StageCommunicationOptions.DueDateStage"/> is <see langword="null"/>).</summary>
    public const string DueDatePoller = Id + ".due-dates";

    /// <summary>
    /// Adds CC-EX-5: case creation (<see cref="StageCommunicationOptions.CreatedStage"/>), a status listed in
    /// <see cref="StageCommunicationOptions.StatusStages"/>, a change of the stage attribute or a due date within
    /// <see cref="StageCommunicationOptions.DueDateLeadTime"/> (<see cref="StageCommunicationOptions.DueDateStage"/>)
    /// submits the stage's template, once per case id + stage.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddStageCommunications(this ScenariosBuilder builder, Action<StageCommunicationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new StageCommunicationOptions();
        configure?.Invoke(options);
        options.Validate();

        ScenarioTrigger<CaseEventPayload>[] dueDates = options.DueDateStage is null
            ? []
            : [CaseDueDateTrigger.Poll(DueDatePoller, options.PollInterval, [.. options.DueDateStatuses], options.DueDateLeadTime)];

        return builder.AddScenario(Id, s => s
            .From(CaseEventTriggers.Poll(Poller, options.PollInterval, "CASE_CREATED", "STATUS_CHANGED", "CASE_UPDATED"), dueDates)
            .Where(e => (e.Type == "CASE_CREATED" && options.CreatedStage is not null)
                || e.Type == CaseDueDateTrigger.Type
                || (e.ToStatus is { } to && options.StatusStages.ContainsKey(to))
                || e.Changed(options.StageAttribute))
            .Enrich("read-case", CaseSteps.ReadCaseAsync)
            .Where(x => Recipients.OfType(x.Case, options.CaseDefinitionIds))
            .Map(x =>
            {
                var stage = x.Event.Type switch
                {
                    "CASE_CREATED" => options.CreatedStage!,
                    "STATUS_CHANGED" => options.StatusStages[x.Event.ToStatus!],
                    CaseDueDateTrigger.Type => options.DueDateStage!,
                    _ => Recipients.Text(x.Case, options.StageAttribute) ?? string.Empty,
                };
                return new CaseCommunication(x.Case, "stage", stage, CaseSteps.Lookup(options.Templates, stage));
            })
            .Where(c => c.Template is not null)
            .Then("send-communication", c => $"{c.Case.Ref}:{c.Value}", (c, step, ct) => CaseSteps.SubmitAsync(c, options, step, ct)));
    }
}
