using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;
using Ctx = Connectors.OpenText.CoreCase.Wire.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>Case instances: create, get, update, search, find-or-create by external reference, status and assignment.</summary>
public class CaseService
{
    private readonly CoreCaseConnection _connection;

    internal CaseService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseService() => _connection = null!;

    /// <summary>Creates a case. A repeated external reference fails with <see cref="DuplicateExternalReferenceException"/>.</summary>
    /// <param name="options">What the case carries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseInstance>> CreateAsync(CreateCaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.CaseTypeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Title);
        var body = new CreateCaseRequest
        {
            CaseType = new IdRef { Id = options.CaseTypeId },
            CaseConfigId = options.CaseConfigId,
            CaseProperties = new CasePropertiesRequest
            {
                DefaultAttributes = Attributes(options.Title, options.Summary, options.Priority, options.Category, options.DueDate, options.CustomAttributes),
            },
            ExternalReferences = options.ExternalReferences.Count == 0
                ? null
                : [.. options.ExternalReferences.Select(r => new ExternalReferenceWire { System = r.System, Id = r.Id })],
            Assignee = CoreCaseMapper.Assignee(options.Assignee),
        };
        var response = await _connection.SendAsync(ApiRequest.Post(CoreCaseRoutes.Cases).WithJson(body, Ctx.Default.CreateCaseRequest), Ctx.Default.CaseInstanceWire, cancellationToken).ConfigureAwait(false);
        return Map(response);
    }

    /// <summary>Gets a case.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseInstance>> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        return Map(await _connection.SendAsync(ApiRequest.Get(CoreCaseRoutes.Case(caseId)), Ctx.Default.CaseInstanceWire, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Updates a case's attributes (JSON merge patch): only what is set in <paramref name="options"/> changes.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="options">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseInstance>> UpdateAsync(string caseId, UpdateCaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentNullException.ThrowIfNull(options);
        var body = new UpdateCaseRequest
        {
            CaseProperties = new CasePropertiesRequest
            {
                DefaultAttributes = Attributes(options.Title, options.Summary, options.Priority, options.Category, options.DueDate, options.CustomAttributes),
            },
        };
        var request = ApiRequest.Patch(CoreCaseRoutes.Case(caseId)).WithJson(body, Ctx.Default.UpdateCaseRequest);
        if (options.IfMatch is not null)
        {
            request.WithHeader("If-Match", options.IfMatch);
        }

        return Map(await _connection.SendAsync(request, Ctx.Default.CaseInstanceWire, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Lists cases matching <paramref name="query"/>, paging lazily.</summary>
    /// <param name="query">The filters; <c>null</c> for every case.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseInstance> ListAsync(CaseQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new CaseQuery();
        var statuses = query.Statuses.Count == 0 ? null : string.Join(',', query.Statuses.Select(s => s.Value));
        return _connection.Pageable(
            () => ApiRequest.Get(CoreCaseRoutes.Cases)
                .WithQuery(CoreCaseRoutes.CaseSearch.Status, statuses)
                .WithQuery(CoreCaseRoutes.CaseSearch.CaseTypeId, query.CaseTypeId)
                .WithQuery(CoreCaseRoutes.CaseSearch.AssigneeId, query.AssigneeId)
                .WithQuery(CoreCaseRoutes.CaseSearch.CreatedFrom, Date(query.CreatedFrom))
                .WithQuery(CoreCaseRoutes.CaseSearch.CreatedTo, Date(query.CreatedTo))
                .WithQuery(CoreCaseRoutes.CaseSearch.ModifiedSince, Date(query.ModifiedSince))
                .WithQuery(CoreCaseRoutes.CaseSearch.ExternalSystem, query.ExternalReference?.System)
                .WithQuery(CoreCaseRoutes.CaseSearch.ExternalId, query.ExternalReference?.Id),
            Ctx.Default.HalPageCaseInstanceWire,
            CoreCaseMapper.Case,
            cancellationToken);
    }

    /// <summary>The case carrying <paramref name="reference"/>, or <c>null</c> when there is none.</summary>
    /// <param name="reference">The external reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<CaseInstance?> FindByExternalReferenceAsync(ExternalReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var query = new CaseQuery { ExternalReference = reference };
        await foreach (var page in ListAsync(query, cancellationToken).AsPages(pageSizeHint: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return page.Values.Count > 0 ? page.Values[0] : null;
        }

        return null;
    }

    /// <summary>
    /// Returns the case carrying the first of <see cref="CreateCaseOptions.ExternalReferences"/>, creating it when there is none.
    /// Race-safe: the service refuses a second case with the same reference (409), and the loser of a race
    /// gets the winner's case, so two callers racing make one case.
    /// </summary>
    /// <param name="options">The case to create when none exists; needs at least one external reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<FindOrCreateCaseResult>> FindOrCreateAsync(CreateCaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ExternalReferences.Count == 0)
        {
            throw new ArgumentException("Find-or-create needs at least one external reference.", nameof(options));
        }

        var key = options.ExternalReferences[0];
        if (await FindByExternalReferenceAsync(key, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return ResponseFactory.FromValue(new FindOrCreateCaseResult(existing, Created: false));
        }

        try
        {
            var created = await CreateAsync(options, cancellationToken).ConfigureAwait(false);
            return new Response<FindOrCreateCaseResult>(new FindOrCreateCaseResult(created.Value, Created: true), created.GetRawResponse());
        }
        catch (DuplicateExternalReferenceException duplicate)
        {
            // Someone created it between our search and our create: theirs is the case.
            var winner = duplicate.ExistingCaseId is { } id
                ? (await GetAsync(id, cancellationToken).ConfigureAwait(false)).Value
                : await FindByExternalReferenceAsync(key, cancellationToken).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            return ResponseFactory.FromValue(new FindOrCreateCaseResult(winner, Created: false));
        }
    }

    /// <summary>
    /// Moves a case to <paramref name="status"/>. Lawful steps: open → in progress → awaiting information ⇄ in progress
    /// → resolved → closed, resolved → in progress and closed → open (reopen). Asking for the current status is a no-op.
    /// An unlawful step fails with <see cref="CaseTransitionException"/>.
    /// </summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="status">The target status.</param>
    /// <param name="reason">Why, recorded in the history.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseInstance>> ChangeStatusAsync(string caseId, CaseStatus status, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(status.Value, nameof(status));
        var request = ApiRequest.Put(CoreCaseRoutes.CaseStatus(caseId)).WithJson(new StatusRequest { Status = status.Value, Reason = reason }, Ctx.Default.StatusRequest);
        return Map(await _connection.SendAsync(request, Ctx.Default.CaseInstanceWire, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Assigns a case to a user or a group (queue).</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="assignee">The assignee.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseInstance>> AssignAsync(string caseId, CaseAssignee assignee, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentNullException.ThrowIfNull(assignee);
        var request = ApiRequest.Put(CoreCaseRoutes.CaseAssignee(caseId)).WithJson(CoreCaseMapper.Assignee(assignee)!, Ctx.Default.AssigneeWire);
        return Map(await _connection.SendAsync(request, Ctx.Default.CaseInstanceWire, cancellationToken).ConfigureAwait(false));
    }

    private static Response<CaseInstance> Map(Response<CaseInstanceWire> response)
        => new(CoreCaseMapper.Case(response.Value), response.GetRawResponse());

    private static string? Date(DateTimeOffset? value) => value is { } date ? CoreCaseRoutes.Date(date) : null;

    private static DefaultAttributesRequest Attributes(
        string? title, string? summary, CasePriority? priority, string? category, DateTimeOffset? dueDate, IDictionary<string, JsonNode?> custom)
    {
        Dictionary<string, JsonElement>? extra = null;
        if (custom.Count > 0)
        {
            extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var (name, value) in custom)
            {
                using var document = JsonDocument.Parse(value?.ToJsonString() ?? "null");
                extra[name] = document.RootElement.Clone();
            }
        }

        return new DefaultAttributesRequest
        {
            CaseTitle = title,
            Summary = summary,
            Priority = priority?.Value,
            Category = category,
            DueDate = dueDate,
            Custom = extra,
        };
    }
}
