using Connectors.Testing;
using Connectors.Emulators.Exstream;
using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Samples.Checks.CaseCommunications;

/// <summary>CC-EX-6: a bounced letter opens a contact-data case; resolving it with a corrected address resends the letter once.</summary>
public sealed class DeliveryFailureCheck : RecipeCheck
{
    private const string Customer = "ada-cc-ex-6";

    /// <inheritdoc />
    public override string Id => DeliveryFailureRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        context.Systems!.Exstream.SetDeliveryOutcome(Customers.Email(Customer), ExstreamDeliveryOutcome.Bounced);
        var theCase = await context.NewCaseAsync(Customer, cancellationToken).ConfigureAwait(false);
        await context.SetAsync(theCase.Ref, "milestone", "approval", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(MilestoneCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);
        await context.PumpExstreamAsync(cancellationToken).ConfigureAwait(false);
        var original = context.JobsOf(theCase.Ref).SingleOrDefault();
        if (original is null)
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: no letter was sent to bounce");
        }

        await context.PollAndWaitAsync(DeliveryFailureRecipe.Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DeliveryFailureRecipe.Poller, cancellationToken).ConfigureAwait(false);
        var contactCases = context.CaseState().FindByExternalReference("exstream-delivery", $"{original.Id}:{Customer}");
        if (contactCases.Count != 1)
        {
            return CheckResult.Failed($"job {original.Id} bounced: expected 1 contact-data case, found {contactCases.Count}");
        }

        // An agent corrects the address and resolves the contact case: the letter is re-issued.
        var contact = contactCases[0];
        const string corrected = "ada@lovelace.example";
        await context.SetAsync(contact.Ref(), "recipientEmail", corrected, cancellationToken).ConfigureAwait(false);
        var cases = context.Get<CoreCaseClient>().Cases;
        await cases.ChangeStatusAsync(contact.Ref(), CaseStatus.InProgress, cancellationToken: cancellationToken).ConfigureAwait(false);

        // A poll between the agent's two status changes: the recipe's poll ids are case id + event time in
        // milliseconds, so two changes of one case within the same millisecond would count as one event.
        await context.PollAndWaitAsync(DeliveryFailureRecipe.ResendPoller, cancellationToken).ConfigureAwait(false);
        await cases.ChangeStatusAsync(contact.Ref(), CaseStatus.Resolved, "address fixed", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DeliveryFailureRecipe.ResendPoller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DeliveryFailureRecipe.ResendPoller, cancellationToken).ConfigureAwait(false);

        var jobs = context.JobsOf(theCase.Ref);
        if (jobs.Count != 2 || Customers.Text(jobs[1], "revisionOf") != original.Id || Customers.RecipientEmail(jobs[1]) != corrected)
        {
            return CheckResult.Failed($"contact case {contact.CaseNumber} resolved: expected 1 resend to {corrected}, found [{jobs.Templates()}]");
        }

        // The resent letter is delivered: no second contact case.
        await context.PumpExstreamAsync(cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DeliveryFailureRecipe.Poller, cancellationToken).ConfigureAwait(false);
        var followUps = context.CaseState().FindByExternalReference("exstream-delivery", $"{jobs[1].Id}:{Customer}").Count;
        if (followUps != 0)
        {
            return CheckResult.Failed($"resent job {jobs[1].Id} was delivered, yet {followUps} contact case(s) were opened for it");
        }

        return CheckResult.Ok($"job {original.Id} bounced → contact case {contact.CaseNumber}; resolved with a new address → job {jobs[1].Id} resent to {corrected}, delivered; re-polls changed nothing");
    }
}
