using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.OpenText.CoreCase.Internal;
using Ctx = Connectors.OpenText.CoreCase.Internal.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Cases: create (also with attachments), get and edit their data on OpenText's published routes; search,
/// find-or-create by external reference, status and assignment on assumed routes (docs/api/core-case.md).
/// Every call about one case takes its <see cref="CaseRef"/> (definition and id).
/// </summary>
public class CaseService
{
    private readonly CoreCaseConnection _connection;

    internal CaseService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseService() => _connection = null!;

    /// <summary>
    /// Creates a case: <c>POST case-definitions/{caseDefinitionId}/cases</c> with the published body (OpenText's
    /// "Create Case", <c>caseinstance1.json</c>) sent as JSON. With <see cref="CreateCaseOptions.Assignee"/> set, the case
    /// is then assigned through the assumed assignment route. A repeated external reference fails with
    /// <see cref="DuplicateExternalReferenceException"/> (assumed rule); an unknown definition with <see cref="CaseDefinitionNotFoundException"/>.
    /// </summary>
    /// <param name="options">What the case carries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseInstance>> CreateAsync(CreateCaseOptions options, CancellationToken cancellationToken = default)
    {
        var body = CreateBody(options);
        var request = ApiRequest.Post(CoreCaseRoutes.Cases(options.CaseDefinitionId)).WithJson(body);
        return await CreatedAsync(options, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a case with files in one call, as OpenText's "Create Case with Attachments": a <c>multipart/form-data</c>
    /// <c>POST case-definitions/{caseDefinitionId}/cases</c> whose parts are the published case JSON (<c>caseinstance1.json</c>)
    /// and the files, each read as it is sent. The part names are assumed (<c>caseInstance</c>, <c>file</c>). Not retried
    /// after a failure that may have reached the service. With no files this is the form-data variant of <see cref="CreateAsync"/>.
    /// </summary>
    /// <param name="options">What the case carries.</param>
    /// <param name="files">The files to attach; their streams stay yours.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseInstance>> CreateWithAttachmentsAsync(CreateCaseOptions options, IEnumerable<CaseFile> files, CancellationToken cancellationToken = default)
    {
        var body = CreateBody(options);
        ArgumentNullException.ThrowIfNull(files);
        var parts = files.Select(f =>
        {
            ArgumentNullException.ThrowIfNull(f);
            ArgumentNullException.ThrowIfNull(f.Content);
            ArgumentException.ThrowIfNullOrWhiteSpace(f.FileName);
            return (File: f, Type: MediaTypeHeaderValue.Parse(f.ContentType), Source: new UploadSource(f.Content));
        }).ToList();
        var json = JsonSerializer.SerializeToUtf8Bytes(body, Ctx.Default.JsonNode);
        var request = ApiRequest.Post(CoreCaseRoutes.Cases(options.CaseDefinitionId)).WithContent(() =>
        {
            var caseJson = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            var form = new MultipartFormDataContent { { caseJson, AssumedRoutes.CasePart, "caseinstance.json" } };
            foreach (var (file, type, source) in parts)
            {
                form.Add(new UploadStreamContent(source) { Headers = { ContentType = type } }, AssumedRoutes.FilePart, file.FileName);
            }

            return form;
        });
        return await CreatedAsync(options, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gets a case: <c>GET case-definitions/{caseDefinitionId}/cases/{caseId}</c>. A case that does not exist under that
    /// definition fails with <see cref="CaseNotFoundException"/>, an unknown definition with <see cref="CaseDefinitionNotFoundException"/>.
    /// </summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<CaseInstance>> GetAsync(CaseRef caseRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        return _connection.SendCaseAsync(ApiRequest.Get(CoreCaseRoutes.Case(caseRef)), cancellationToken, subject: caseRef);
    }

    /// <summary>
    /// Changes a case's data through the published <c>PUT case-definitions/{caseDefinitionId}/cases/{caseId}/case-data</c>
    /// (<c>{caseProperties: {defaultAttributes, customAttributes}}</c>, never PATCH). The client reads the case first and
    /// sends its whole data with the changes applied, so attributes not named here are kept whether the service replaces
    /// or merges.
    /// </summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="options">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseInstance>> UpdateAsync(CaseRef caseRef, UpdateCaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentNullException.ThrowIfNull(options);
        var current = await _connection.SendAsync(ApiRequest.Get(CoreCaseRoutes.Case(caseRef)), Ctx.Default.JsonNode, cancellationToken, subject: caseRef).ConfigureAwait(false);
        var properties = current.Value?["caseProperties"] as JsonObject;
        var defaults = properties?["defaultAttributes"]?.DeepClone() as JsonObject ?? [];
        var custom = properties?["customAttributes"]?.DeepClone() as JsonObject;
        Set(defaults, "caseTitle", options.Title);
        Set(defaults, "summary", options.Summary);
        Set(defaults, AssumedRoutes.Attributes.Priority, options.Priority?.Value);
        Set(defaults, AssumedRoutes.Attributes.Category, options.Category);
        Set(defaults, AssumedRoutes.Attributes.DueDate, options.DueDate is { } due ? CoreCaseDateConverter.Format(due) : null);
        foreach (var (name, value) in options.Attributes)
        {
            defaults[name] = value?.DeepClone();
        }

        if (options.CustomAttributes.Count > 0)
        {
            custom ??= [];
            foreach (var (name, value) in options.CustomAttributes)
            {
                custom[name] = value?.DeepClone();
            }
        }

        var data = new JsonObject { ["defaultAttributes"] = defaults };
        if (custom is not null)
        {
            data["customAttributes"] = custom;
        }

        var request = ApiRequest.Put(CoreCaseRoutes.CaseData(caseRef)).WithJson(new JsonObject { ["caseProperties"] = data });
        var response = await _connection.SendAsync(request, Ctx.Default.JsonElement, cancellationToken, subject: caseRef).ConfigureAwait(false);
        return ReadCase(response, caseRef) ?? await GetAsync(caseRef, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lists a definition's cases matching <paramref name="query"/>, paging lazily. Assumed: the GET on the published
    /// create path, its query names and paging (nothing public shows a case list or search).
    /// </summary>
    /// <param name="caseDefinitionId">The case definition.</param>
    /// <param name="query">The filters; <see langword="null"/> for every case of the definition.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseInstance> ListAsync(string caseDefinitionId, CaseQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseDefinitionId);
        query ??= new CaseQuery();
        var statuses = query.Statuses.Count == 0 ? null : string.Join(',', query.Statuses.Select(s => s.Value));
        return _connection.Pageable(
            () => ApiRequest.Get(AssumedRoutes.CaseSearchPath(caseDefinitionId))
                .WithQuery(AssumedRoutes.CaseSearch.Status, statuses)
                .WithQuery(AssumedRoutes.CaseSearch.AssigneeId, query.AssigneeId)
                .WithQuery(AssumedRoutes.CaseSearch.CreatedFrom, Date(query.CreatedFrom))
                .WithQuery(AssumedRoutes.CaseSearch.CreatedTo, Date(query.CreatedTo))
                .WithQuery(AssumedRoutes.CaseSearch.ModifiedSince, Date(query.ModifiedSince))
                .WithQuery(AssumedRoutes.CaseSearch.ExternalSystem, query.ExternalReference?.System)
                .WithQuery(AssumedRoutes.CaseSearch.ExternalId, query.ExternalReference?.Id),
            Ctx.Default.CaseWire,
            wire => wire.ToCase(caseDefinitionId),
            cancellationToken,
            caseDefinitionId);
    }

    /// <summary>The case of <paramref name="caseDefinitionId"/> carrying <paramref name="reference"/>, or <see langword="null"/> (assumed search).</summary>
    /// <param name="caseDefinitionId">The case definition.</param>
    /// <param name="reference">The external reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<CaseInstance?> FindByExternalReferenceAsync(string caseDefinitionId, ExternalReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var query = new CaseQuery { ExternalReference = reference };
        await foreach (var page in ListAsync(caseDefinitionId, query, cancellationToken).AsPages(pageSizeHint: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return page.Values.Count > 0 ? page.Values[0] : null;
        }

        return null;
    }

    /// <summary>
    /// Returns the case carrying the first of <see cref="CreateCaseOptions.ExternalReferences"/> in the definition, creating
    /// it when there is none. Race-safe as long as the service refuses a second case with the same reference (the assumed
    /// 409 rule): the loser of a race gets the winner's case, so two callers racing make one case. A found case without
    /// an assignee gets <see cref="CreateCaseOptions.Assignee"/> (a retry after a create whose response was lost, since
    /// the assignment is a second call).
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
        if (await FindByExternalReferenceAsync(options.CaseDefinitionId, key, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            // A create whose response was lost left the case without the assignment that follows it: finish it.
            if (options.Assignee is { } assignee && existing.Assignee is null)
            {
                existing = (await AssignAsync(existing.Ref, assignee, cancellationToken).ConfigureAwait(false)).Value;
            }

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
            var winner = duplicate.ExistingCase is { } existingCase
                ? (await GetAsync(existingCase, cancellationToken).ConfigureAwait(false)).Value
                : await FindByExternalReferenceAsync(options.CaseDefinitionId, key, cancellationToken).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            return ResponseFactory.FromValue(new FindOrCreateCaseResult(winner, Created: false));
        }
    }

    /// <summary>
    /// Moves a case to <paramref name="status"/> (assumed route <c>PUT …/status</c> and statuses; Core Case publishes no
    /// status transitions). Lawful steps in the emulator: open → in progress → awaiting information ⇄ in progress →
    /// resolved → closed, resolved → in progress and closed → open. Asking for the current status is a no-op. An unlawful
    /// step fails with <see cref="CaseTransitionException"/>. If your tenant moves cases differently, call its route
    /// through <c>client.SendAsync(ApiRequest…)</c>.
    /// </summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="status">The target status.</param>
    /// <param name="reason">Why, recorded in the history.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<CaseInstance>> ChangeStatusAsync(CaseRef caseRef, CaseStatus status, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentException.ThrowIfNullOrWhiteSpace(status.Value, nameof(status));
        var request = ApiRequest.Put(AssumedRoutes.Status(caseRef)).WithJson(new StatusRequest { Status = status.Value, Reason = reason }, Ctx.Default.StatusRequest);
        return _connection.SendCaseAsync(request, cancellationToken, subject: caseRef);
    }

    /// <summary>
    /// Assigns a case to a user or a functional role (assumed route <c>PUT …/assignee</c>; the body is the published
    /// identity shape <c>{id, caseIdentityType, …}</c>).
    /// </summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="assignee">The user or functional role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<CaseInstance>> AssignAsync(CaseRef caseRef, CaseIdentity assignee, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentNullException.ThrowIfNull(assignee);
        var request = ApiRequest.Put(AssumedRoutes.Assignee(caseRef)).WithJson(CoreCaseMapper.Identity(assignee)!, Ctx.Default.IdentityWire);
        return _connection.SendCaseAsync(request, cancellationToken, subject: caseRef);
    }

    private async Task<Response<CaseInstance>> CreatedAsync(CreateCaseOptions options, ApiRequest request, CancellationToken cancellationToken)
    {
        var created = await _connection.SendCaseAsync(request, cancellationToken, options.CaseDefinitionId).ConfigureAwait(false);
        return options.Assignee is { } assignee
            ? await AssignAsync(created.Value.Ref, assignee, cancellationToken).ConfigureAwait(false)
            : created;
    }


    private static Response<CaseInstance>? ReadCase(Response<JsonElement> response, CaseRef caseRef)
    {
        if (response.Value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            var wire = response.Value.Deserialize(Ctx.Default.CaseWire);
            return wire.Id is null ? null : new Response<CaseInstance>(wire.ToCase(caseRef.CaseDefinitionId), response.GetRawResponse());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The published create body: <c>{caseType: {id}, caseConfigId, caseProperties: {defaultAttributes}}</c>.</summary>
    private static JsonObject CreateBody(CreateCaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.CaseDefinitionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Title);
        var defaults = new JsonObject { ["caseTitle"] = options.Title };
        Set(defaults, "summary", options.Summary);
        Set(defaults, AssumedRoutes.Attributes.Priority, options.Priority?.Value);
        Set(defaults, AssumedRoutes.Attributes.Category, options.Category);
        Set(defaults, AssumedRoutes.Attributes.DueDate, options.DueDate is { } due ? CoreCaseDateConverter.Format(due) : null);
        if (options.ExternalReferences.Count > 0)
        {
            defaults[AssumedRoutes.ExternalReferencesAttribute] = new JsonArray(
                [.. options.ExternalReferences.Select(r => (JsonNode)new JsonObject { ["system"] = r.System, ["id"] = r.Id })]);
        }

        foreach (var (name, value) in options.Attributes)
        {
            defaults[name] = value?.DeepClone();
        }

        var body = new JsonObject { ["caseType"] = new JsonObject { ["id"] = options.CaseDefinitionId } };
        if (options.CaseConfigId is not null)
        {
            body["caseConfigId"] = options.CaseConfigId;
        }

        body["caseProperties"] = new JsonObject { ["defaultAttributes"] = defaults };
        return body;
    }

    private static void Set(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static string? Date(DateTimeOffset? value) => value is { } date ? CoreCaseDateConverter.Format(date) : null;
}
