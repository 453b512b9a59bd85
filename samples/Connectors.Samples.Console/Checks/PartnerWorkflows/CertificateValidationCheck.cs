using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-5: a shared certificate is reviewed and its outcome posted; one without an expiry is refused; a reminder is sent before expiry, once.</summary>
public sealed class CertificateValidationCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => CertificateValidationWorkflow.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var grid = context.Grid();
        var space = context.PartnerSpaceId();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var valid = grid.PartnerSharesDocument(space, "iso-9001.pdf", [1], "Certificate", expiresOn: today.AddDays(20));
        var incomplete = grid.PartnerSharesDocument(space, "haccp.pdf", [2], "Certificate");
        await context.PollAndWaitAsync(Workflows.GridPoller(Id, "document.shared"), cancellationToken).ConfigureAwait(false);

        var businessKey = $"{Emulators.Partner}/{valid.DocumentId}";
        var process = context.Processes("certificate-validation", businessKey).SingleOrDefault();
        var refused = grid.Posts.Count(p => p.Body.Contains("haccp.pdf cannot be reviewed", StringComparison.Ordinal));
        if (process?.Variable("threadId") is not { } threadId || refused != 1 || context.Processes("certificate-validation", $"{Emulators.Partner}/{incomplete.DocumentId}").Count != 0)
        {
            return CheckResult.Failed($"certificates shared: review process for iso-9001.pdf {(process is null ? "missing" : "started")}, {refused} refusal(s) of haccp.pdf");
        }

        await context.CompleteAsync(businessKey, "review", cancellationToken, WorkflowVariable.FromString("outcome", "accepted")).ConfigureAwait(false);
        await context.PollAndWaitAsync(Workflows.WorkflowPoller(CertificateValidationWorkflow.FlowBackId), cancellationToken).ConfigureAwait(false);
        var outcome = context.PartnerVisiblePosts(threadId).Count(p => p.Body.Contains("iso-9001.pdf", StringComparison.Ordinal) && p.Body.Contains("accepted", StringComparison.Ordinal));

        // 20 days left: the 30-day reminder is due; a second run reminds nobody again.
        var reminders = $"{CertificateValidationWorkflow.RemindersId}/certificate-expiry";
        await context.PollAndWaitAsync(reminders, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(reminders, cancellationToken).ConfigureAwait(false);
        var reminded = grid.Posts.Count(p => p.Body.Contains("iso-9001.pdf expires on", StringComparison.Ordinal));
        if (outcome != 1 || reminded != 1)
        {
            return CheckResult.Failed($"iso-9001.pdf accepted: {outcome} outcome post(s), {reminded} expiry reminder(s); expected 1 each");
        }

        return CheckResult.Ok($"iso-9001.pdf → review process {process.Id}, accepted, outcome posted to thread {threadId}; expiry in 20 days reminded once; haccp.pdf without expiry refused");
    }
}
