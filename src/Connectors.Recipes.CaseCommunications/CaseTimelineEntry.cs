namespace Connectors.Recipes.CaseCommunications;

/// <summary>One line of a case timeline: what happened, when, and why.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Source"><c>case</c> for Core Case history, <c>communication</c> for Exstream jobs and deliveries.</param>
/// <param name="What">What happened, for example <c>STATUS_CHANGED OPEN → RESOLVED</c> or <c>approval-letter submitted (email)</c>.</param>
/// <param name="Why">Why, when known: a status reason, a revision reason, a delivery failure reason.</param>
/// <param name="Reference">The id of the case event, job or delivery event.</param>
public sealed record CaseTimelineEntry(DateTimeOffset At, string Source, string What, string? Why, string Reference);
