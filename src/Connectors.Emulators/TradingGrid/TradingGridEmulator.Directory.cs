using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.TradingGrid;

// Partner directory (published filters) and onboarding (assumed) routes.
public sealed partial class TradingGridEmulator
{
    private void MapPartners(RouteGroupBuilder api)
    {
        // Published: "List Trading Partners", "details for Trading Partner" (partnerCompanyId, partnerCompanyName, tradingAddress).
        api.MapGet("/partnerDirectory", (HttpRequest r) =>
        {
            var id = r.Query["partnerCompanyId"].ToString();
            var name = r.Query["partnerCompanyName"].ToString();
            var address = r.Query["tradingAddress"].ToString();
            var partners = State.Partners.Where(p =>
                (id.Length == 0 || p.PartnerCompanyId == id)
                && (name.Length == 0 || p.PartnerCompanyName.Contains(name, StringComparison.OrdinalIgnoreCase))
                && (address.Length == 0 || p.TradingAddresses.Contains(address, StringComparer.OrdinalIgnoreCase)));
            return Page(r, "partners", partners);
        });
        // Assumed: partner contacts.
        api.MapGet("/partnerDirectory/{partnerCompanyId}/contacts", (string partnerCompanyId, HttpRequest r) =>
            State.ContactsOf(partnerCompanyId) is { } contacts
                ? Page(r, "contacts", contacts)
                : Error(404, "PARTNER_NOT_FOUND", $"Partner '{partnerCompanyId}' is not in the partner directory."));
    }

    private void MapOnboarding(RouteGroupBuilder api)
    {
        api.MapPost("/onboardingRequests", async (HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            var name = json!["partnerCompanyName"]?.GetValue<string>();
            var email = json["contact"]?["email"]?.GetValue<string>();
            var errors = new List<(string, string)>();
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(("partnerCompanyName", "partnerCompanyName is required."));
            }

            if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
            {
                errors.Add(("contact.email", "A valid contact e-mail is required."));
            }

            if (errors.Count > 0)
            {
                return Validation([.. errors]);
            }

            var submission = State.SubmitOnboarding(name!, email!, Strings(json["tradingAddresses"]), Strings(json["documentTypes"]));
            return Results.Json(submission, statusCode: 201);
        });
        api.MapGet("/onboardingRequests", (HttpRequest r) =>
        {
            if (!TryDate(r, "modifiedSince", out var since))
            {
                return InvalidParameter("modifiedSince");
            }

            var status = r.Query["status"].ToString();
            return Page(r, "onboardingRequests", State.OnboardingSubmissions
                .Where(o => (status.Length == 0 || o.Status == status) && (since is null || o.ModifiedAt >= since))
                .OrderBy(o => o.SubmittedAt).ThenBy(o => o.SubmissionId, StringComparer.Ordinal));
        });
        api.MapGet("/onboardingRequests/{submissionId}", (string submissionId) =>
            State.FindOnboarding(submissionId) is { } o ? Results.Json(o) : OnboardingNotFound(submissionId));
        api.MapPut("/onboardingRequests/{submissionId}/status", async (string submissionId, HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (State.FindOnboarding(submissionId) is not { } submission)
            {
                return OnboardingNotFound(submissionId);
            }

            var status = json!["status"]?.GetValue<string>();
            if (status is null || !OnboardingTransitions.ContainsKey(status))
            {
                return Validation(("status", "status must be one of Submitted, InReview, Approved, Rejected, Completed."));
            }

            if (status != submission.Status)
            {
                if (!OnboardingTransitions[submission.Status].Contains(status))
                {
                    return Error(409, "INVALID_STATUS_TRANSITION", $"Cannot move a submission from {submission.Status} to {status}.");
                }

                State.SetOnboardingStatus(submission, status, json["comment"]?.GetValue<string>());
            }

            return Results.Json(submission);
        });
    }
}
