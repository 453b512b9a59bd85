using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>A product and the rules it fails and passes, at one version (its modified time).</summary>
/// <param name="Store">The store.</param>
/// <param name="Product">The product.</param>
/// <param name="Version">The product's modified time, Unix seconds.</param>
/// <param name="Failures">What is wrong, by rule.</param>
/// <param name="Passed">The rules it passes.</param>
internal sealed record ProductValidation(string Store, Product Product, long Version, IReadOnlyDictionary<string, string> Failures, IReadOnlyList<string> Passed);

/// <summary>A catalog case resolved or closed while its product still fails.</summary>
internal sealed record StillFailing(CaseRef Case, string EventId, int ProductId, string Rule, string Problem);

/// <summary>The catalog cases of BC-CC-6: one per product and rule (<c>product:{id}:catalog:{rule}</c>), opened, closed and reopened.</summary>
internal sealed class CatalogCases(CatalogDataIssueOptions o)
{
    private const string Kind = "catalog";

    public async ValueTask<ProductValidation> ValidateAsync(StepContext step, int productId, CancellationToken ct)
    {
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        var product = (await client.Catalog.GetProductAsync(productId, cancellationToken: ct).ConfigureAwait(false)).Value;
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var passed = new List<string>();
        foreach (var (name, rule) in o.Rules)
        {
            if (rule(product) is { } problem)
            {
                failures[name] = problem;
            }
            else
            {
                passed.Add(name);
            }
        }

        var version = (product.DateModified ?? product.DateCreated ?? DateTimeOffset.UnixEpoch).ToUnixTimeSeconds();
        return new ProductValidation(client.StoreHash, product, version, failures, passed);
    }

    public async ValueTask OpenFailingAsync(StepContext step, ProductValidation v, CancellationToken ct)
    {
        foreach (var (rule, problem) in v.Failures)
        {
            var opened = await OpenAsync(step, v, rule, problem, ct).ConfigureAwait(false);
            if (!opened.Created)
            {
                await ReopenAsync(step, opened.Case, $"Product {v.Product.Id} fails '{rule}' again: {problem}", ct).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask OpenReportedAsync(StepContext step, ProductValidation v, string note, CancellationToken ct)
    {
        var opened = await OpenAsync(step, v, o.ReportedRule, note, ct).ConfigureAwait(false);
        if (!opened.Created)
        {
            await ReopenAsync(step, opened.Case, $"Reported again: {note}", ct).ConfigureAwait(false);
        }
    }

    public async ValueTask CloseRevalidatedAsync(StepContext step, ProductValidation v, CancellationToken ct)
    {
        var cases = step.Services.GetRequiredService<CoreCaseClient>();
        foreach (var rule in v.Passed)
        {
            if (await FindAsync(cases, v.Store, v.Product.Id, rule, ct).ConfigureAwait(false) is { } theCase)
            {
                await CloseAsync(step, cases, theCase, $"Product {v.Product.Id} passes '{rule}' again (correlation {step.CorrelationId})", ct).ConfigureAwait(false);
            }
        }

        // A reported problem is one the rules may not see: only a change made after the report, passing every rule, closes it.
        if (v.Failures.Count == 0
            && await FindAsync(cases, v.Store, v.Product.Id, o.ReportedRule, ct).ConfigureAwait(false) is { } reported
            && v.Version >= reported.CreatedOn.ToUnixTimeSeconds())
        {
            await CloseAsync(step, cases, reported, $"Product {v.Product.Id} was changed after the report and passes every rule (correlation {step.CorrelationId})", ct).ConfigureAwait(false);
        }
    }

    public async ValueTask<StillFailing?> StillFailingAsync(StepContext step, CaseMilestone m, CancellationToken ct)
    {
        var read = await CaseOutcome.ReadAsync(step, m, "product", Kind, "outcome", ct).ConfigureAwait(false);
        if (read.SubjectId <= 0)
        {
            return null;
        }

        var rule = CaseFlowBack.Qualifier(read.Reference);
        var v = await ValidateAsync(step, read.SubjectId, ct).ConfigureAwait(false);
        var problem = rule == o.ReportedRule ? v.Failures.Values.FirstOrDefault() : v.Failures.GetValueOrDefault(rule);
        return problem is null ? null : new StillFailing(m.Case, m.EventId, read.SubjectId, rule, problem);
    }

    public async ValueTask ReopenAsync(StepContext step, StillFailing f, CancellationToken ct)
        => await ReopenAsync(step, f.Case, $"Reopened: product {f.ProductId} still fails '{f.Rule}': {f.Problem}. The case closes when the product re-validates.", ct).ConfigureAwait(false);

    private async ValueTask<OpenedCase> OpenAsync(StepContext step, ProductValidation v, string rule, string problem, CancellationToken ct)
        => await OrderCases.OpenAsync(step, v.Store, 0, $"product:{v.Product.Id}:{Kind}:{rule}", c =>
        {
            c.CaseDefinitionId = o.CaseDefinitionId;
            c.Title = $"Product {v.Product.Id} ({v.Product.Sku}): {rule}";
            c.Category = "catalog-data";
            c.Summary = $"{v.Product.Name} ({v.Product.Sku}): {problem}";
            c.Assignee = o.AssigneeGroup is null ? null : CaseIdentity.FunctionalRole(o.AssigneeGroup);
            c.Attributes["productId"] = v.Product.Id;
            c.Attributes["sku"] = v.Product.Sku;
            c.Attributes["rule"] = rule;
            c.Attributes["problem"] = problem;
        }, ct).ConfigureAwait(false);

    private async ValueTask<CaseInstance?> FindAsync(CoreCaseClient cases, string store, int productId, string rule, CancellationToken ct)
        => await cases.Cases.FindByExternalReferenceAsync(o.CaseDefinitionId, new ExternalReference(OrderCases.System(store), $"product:{productId}:{Kind}:{rule}"), ct).ConfigureAwait(false);

    private static async ValueTask CloseAsync(StepContext step, CoreCaseClient cases, CaseInstance theCase, string reason, CancellationToken ct)
    {
        var status = theCase.Status;
        if (status == CaseStatus.Closed)
        {
            return;
        }

        await CaseNotes.AddOnceAsync(step, theCase.Ref, reason, ct).ConfigureAwait(false);
        if (status == CaseStatus.Open)
        {
            await cases.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.InProgress, cancellationToken: ct).ConfigureAwait(false);
            status = CaseStatus.InProgress;
        }

        if (status != CaseStatus.Resolved)
        {
            await cases.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.Resolved, "re-validated", ct).ConfigureAwait(false);
        }

        await cases.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.Closed, "re-validated", ct).ConfigureAwait(false);
    }

    private static async ValueTask ReopenAsync(StepContext step, CaseRef caseRef, string comment, CancellationToken ct)
    {
        var cases = step.Services.GetRequiredService<CoreCaseClient>();
        var theCase = (await cases.Cases.GetAsync(caseRef, ct).ConfigureAwait(false)).Value;
        var next = theCase.Status == CaseStatus.Resolved ? CaseStatus.InProgress : theCase.Status == CaseStatus.Closed ? CaseStatus.Open : (CaseStatus?)null;
        if (next is { } status)
        {
            await CaseNotes.AddOnceAsync(step, caseRef, comment, ct).ConfigureAwait(false);
            await cases.Cases.ChangeStatusAsync(caseRef, status, "product still fails validation", ct).ConfigureAwait(false);
        }
    }
}
