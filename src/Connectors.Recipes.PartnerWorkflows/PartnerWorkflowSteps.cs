using System.Globalization;
using System.Text;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Recipes.Shared;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>The effects the partner-workflow recipes share: start a process once, open a thread, post to the partner.</summary>
internal static class PartnerWorkflowSteps
{
    /// <summary>Process variable names every recipe sets, so the flow-backs find the partner again.</summary>
    public const string PartnerVariable = "partnerCompanyId";
    public const string SpaceVariable = "spaceId";
    public const string ThreadVariable = "threadId";
    public const string CorrelationVariable = "correlationId";

    /// <summary>
    /// Starts a process unless one with this business key already runs: StartAsync is a POST the client never resends,
    /// so after an unclear failure the step looks before it starts again. The correlation id also travels as a variable:
    /// the request header the client sends is not kept on the process, the variable is.
    /// </summary>
    public static async ValueTask<StartedProcess> StartOnceAsync(
        StepContext step, string definitionKey, string businessKey, IEnumerable<WorkflowVariable> variables, CancellationToken cancellationToken)
    {
        var client = step.Services.GetRequiredService<WorkflowServiceClient>();
        await foreach (var existing in client.ProcessInstances.ListAsync(new ProcessInstanceQuery { BusinessKey = businessKey, ProcessDefinitionKey = definitionKey }, cancellationToken).ConfigureAwait(false))
        {
            return new StartedProcess(existing.Id, businessKey);
        }

        var options = new StartProcessOptions { BusinessKey = businessKey, ReturnVariables = false };
        foreach (var variable in variables)
        {
            options.Variables.Add(variable);
        }

        options.Variables.Add(WorkflowVariable.FromString(CorrelationVariable, step.CorrelationId));
        var started = await client.ProcessInstances.StartAsync(definitionKey, options, cancellationToken).ConfigureAwait(false);
        return new StartedProcess(started.Value.Id, businessKey);
    }

    /// <summary>Opens a partner-visible thread in the partner's space (for events that have no thread of their own).</summary>
    public static async ValueTask<OpenedThread> OpenThreadAsync(StepContext step, string spaceId, string title, string firstPost, CancellationToken cancellationToken)
    {
        var threadId = await PartnerPosts.OpenThreadOnceAsync(step, spaceId, title, firstPost, category: null, cancellationToken).ConfigureAwait(false);
        return new OpenedThread(threadId);
    }

    /// <summary>Opens the partner thread when the start has none; returns the start with its thread.</summary>
    public static async ValueTask<WorkflowStart> EnsureThreadAsync(WorkflowStart start, StepContext step, CancellationToken cancellationToken)
    {
        if (start.ThreadId is not null)
        {
            return start;
        }

        var opened = await OpenThreadAsync(step, start.SpaceId, start.ThreadTitle, start.ThreadOpening, cancellationToken).ConfigureAwait(false);
        return start with { ThreadId = opened.ThreadId };
    }

    /// <summary>Starts <paramref name="definitionKey"/> for a start (once per business key).</summary>
    public static ValueTask<StartedProcess> StartAsync(string definitionKey, WorkflowStart start, StepContext step, CancellationToken cancellationToken)
    {
        List<WorkflowVariable> variables =
        [
            WorkflowVariable.FromString(PartnerVariable, start.PartnerCompanyId),
            WorkflowVariable.FromString(SpaceVariable, start.SpaceId),
            WorkflowVariable.FromString(ThreadVariable, start.ThreadId),
        ];
        variables.AddRange(start.Variables.Select(v => WorkflowVariable.FromString(v.Key, v.Value)));
        return StartOnceAsync(step, definitionKey, start.BusinessKey, variables, cancellationToken);
    }

    /// <summary>Reads a shared document and the partner company of the space it was shared in.</summary>
    public static async ValueTask<(SharedDocument Document, string Partner)> ReadSharedDocumentAsync(PartnerEvent e, StepContext step, CancellationToken cancellationToken)
    {
        var client = step.Services.GetRequiredService<TradingGridClient>();
        var document = (await client.Documents.GetAsync(e.DocumentId!, cancellationToken).ConfigureAwait(false)).Value;
        var space = (await client.Spaces.GetAsync(document.SpaceId, cancellationToken).ConfigureAwait(false)).Value;
        return (document, space.PartnerCompanyId);
    }

    /// <summary>Posts partner-visible text once per step (see <see cref="PartnerPosts"/>): a <see cref="PartnerPost"/> has no field where an internal note could go.</summary>
    public static async ValueTask PostAsync(StepContext step, string threadId, string body, CancellationToken cancellationToken)
    {
        await PartnerPosts.PostOnceAsync(step, threadId, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the variables of the process a change belongs to (from history, so ended processes are found too).</summary>
    public static async ValueTask<WorkflowProgress> ReadProgressAsync(WorkflowChange change, StepContext step, CancellationToken cancellationToken)
    {
        var client = step.Services.GetRequiredService<WorkflowServiceClient>();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = new HistoricProcessInstanceQuery { BusinessKey = change.BusinessKey, ProcessDefinitionKey = change.ProcessDefinitionKey, IncludeVariables = true };
        await foreach (var instance in client.History.ListProcessInstancesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (instance.Id != change.ProcessInstanceId)
            {
                continue;
            }

            foreach (var variable in instance.Variables)
            {
                variables[variable.Name] = Text(variable);
            }
        }

        return new WorkflowProgress(change, variables);
    }

    /// <summary>
    /// Fills <c>{name}</c> placeholders from the allowed variables only; any other placeholder stays empty, so an
    /// internal variable can never reach a partner through a template.
    /// </summary>
    public static string Render(string template, WorkflowProgress progress, ISet<string> allowed)
    {
        var result = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (name == "taskName")
            {
                result.Append(progress.Change.TaskName);
            }
            else if (allowed.Contains(name))
            {
                result.Append(progress.Get(name));
            }

            i = close + 1;
        }

        return result.ToString();
    }

    private static string Text(WorkflowVariable variable)
    {
        var value = variable.ToObject();
        return value switch
        {
            null => string.Empty,
            DateTimeOffset date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
