using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.TradingGrid;

/// <summary>
/// Emulates OpenText Trading Grid for one company: the Community Management partner directory,
/// Active Community spaces, threads, posts and documents, onboarding submissions, the Lens
/// transaction search (GraphQL) and change events (signed callbacks plus a checkpointed poll).
/// Every request must carry a bearer token issued by the <see cref="OpenTextIdentityEmulator"/> for the tenant.
/// The contract is docs/api/trading-grid.md.
/// </summary>
public sealed partial class TradingGridEmulator : IAsyncDisposable
{
    private const string Prefix = "/TGCommunityServices/v1/companies/{companyId}";
    private static readonly string[] Visibilities = ["Partner", "Internal"];
    private static readonly Dictionary<string, string[]> OnboardingTransitions = new(StringComparer.Ordinal)
    {
        ["Submitted"] = ["InReview", "Rejected"],
        ["InReview"] = ["Approved", "Rejected", "Submitted"],
        ["Approved"] = ["Completed"],
        ["Rejected"] = [],
        ["Completed"] = [],
    };

    private readonly OpenTextIdentityEmulator _identity;
    private readonly string _tenantId;
    private readonly EventDispatcher _dispatcher = new();
    private EmulatorHost? _host;

    private TradingGridEmulator(OpenTextIdentityEmulator identity, string tenantId, string companyId, TimeProvider time)
    {
        _identity = identity;
        _tenantId = tenantId;
        State = new TradingGridState(companyId, "Demo Retailer", time);
        State.EventAppended += _dispatcher.Enqueue;
    }

    /// <summary>The root address, e.g. <c>http://127.0.0.1:5123/</c> (stands for <c>https://apigrid.opentext.com/</c>).</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The emulator is not started.");

    /// <summary>Faults to inject into the next matching requests.</summary>
    public FaultInjector Faults => _host?.Faults ?? throw new InvalidOperationException("The emulator is not started.");

    /// <summary>The company's data; seed, inspect and play the partner's side through it.</summary>
    public TradingGridState State { get; }

    /// <summary>Registered callbacks.</summary>
    public IReadOnlyCollection<TgWebhook> Webhooks => _dispatcher.Webhooks;

    /// <summary>Every callback delivery attempt so far.</summary>
    public IReadOnlyCollection<TgDelivery> Deliveries => _dispatcher.Deliveries;

    /// <summary>The largest <c>count</c> a list accepts (Community default 100, Lens 1000).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The largest document upload accepted, in bytes.</summary>
    public long MaxDocumentBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Starts an emulator on loopback.</summary>
    /// <param name="identity">The identity emulator that issues the tokens.</param>
    /// <param name="tenantId">The identity tenant whose tokens are accepted.</param>
    /// <param name="companyId">The company (BUID) in every Community path.</param>
    /// <param name="seed">Whether to load <see cref="TradingGridSeed"/>.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<TradingGridEmulator> StartAsync(
        OpenTextIdentityEmulator identity,
        string tenantId = OpenTextIdentityEmulator.DefaultTenant,
        string companyId = TradingGridSeed.CompanyId,
        bool seed = true,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var emulator = new TradingGridEmulator(identity, tenantId, companyId, time ?? TimeProvider.System);
        if (seed)
        {
            TradingGridSeed.Apply(emulator.State);
        }

        emulator._host = await EmulatorHost.StartAsync("TradingGrid", emulator.Map, 0, cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Computes the signature header value the emulator sends for <paramref name="body"/>.</summary>
    /// <param name="secret">The webhook secret.</param>
    /// <param name="body">The raw body.</param>
    public static string Sign(string secret, ReadOnlySpan<byte> body) => EventDispatcher.Sign(secret, body);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dispatcher.DisposeAsync().ConfigureAwait(false);
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var requestId = context.Request.Headers["X-Request-Id"].ToString();
            context.Response.Headers["X-Request-Id"] = requestId.Length > 0 ? requestId : Guid.NewGuid().ToString("N");
            if (_identity.Authorize(context.Request, _tenantId) is { } denied)
            {
                await denied.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            var company = context.Request.RouteValues.TryGetValue("companyId", out var c) ? c as string : null;
            if (company is null && context.Request.Path.StartsWithSegments("/TGCommunityServices/v1/companies", out var rest))
            {
                company = rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            }

            if (company is not null && company != State.CompanyId)
            {
                await Error(404, "COMPANY_NOT_FOUND", $"Company '{company}' was not found.").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });

        var api = app.MapGroup(Prefix);
        api.MapGet("/", () => Results.Json(new { companyId = State.CompanyId, companyName = State.CompanyName }));
        MapPartners(api);
        MapCommunity(api);
        MapDocuments(api);
        MapOnboarding(api);
        MapEvents(api);
        app.MapPost("/visibility_transaction_search", SearchTransactions);
    }

    private void MapPartners(RouteGroupBuilder api)
    {
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
        api.MapGet("/partnerDirectory/{partnerCompanyId}", (string partnerCompanyId) =>
            State.Partners.FirstOrDefault(p => p.PartnerCompanyId == partnerCompanyId) is { } partner
                ? Results.Json(partner)
                : Error(404, "PARTNER_NOT_FOUND", $"Partner '{partnerCompanyId}' is not in the partner directory."));
        api.MapGet("/partnerDirectory/{partnerCompanyId}/contacts", (string partnerCompanyId, HttpRequest r) =>
            State.ContactsOf(partnerCompanyId) is { } contacts
                ? Page(r, "contacts", contacts)
                : Error(404, "PARTNER_NOT_FOUND", $"Partner '{partnerCompanyId}' is not in the partner directory."));
    }

    private void MapCommunity(RouteGroupBuilder api)
    {
        api.MapGet("/spaces", (HttpRequest r) =>
        {
            var partner = r.Query["partnerCompanyId"].ToString();
            return Page(r, "spaces", State.Spaces.Where(s => partner.Length == 0 || s.PartnerCompanyId == partner));
        });
        api.MapGet("/spaces/{spaceId}", (string spaceId) =>
            State.FindSpace(spaceId) is { } space ? Results.Json(space) : SpaceNotFound(spaceId));
        api.MapGet("/spaces/{spaceId}/threads", (string spaceId, HttpRequest r) =>
        {
            if (State.FindSpace(spaceId) is null)
            {
                return SpaceNotFound(spaceId);
            }

            if (!TryDate(r, "modifiedSince", out var since))
            {
                return InvalidParameter("modifiedSince");
            }

            var status = r.Query["status"].ToString();
            return Page(r, "threads", State.ThreadsIn(spaceId)
                .Where(t => (status.Length == 0 || t.Status == status) && (since is null || t.ModifiedAt >= since))
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.ThreadId, StringComparer.Ordinal));
        });
        api.MapPost("/spaces/{spaceId}/threads", async (string spaceId, HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (State.FindSpace(spaceId) is not { } space)
            {
                return SpaceNotFound(spaceId);
            }

            var title = json!["title"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(title))
            {
                return Validation(("title", "A title is required."));
            }

            if (json["post"] is not JsonObject post)
            {
                return Validation(("post", "The first post is required."));
            }

            var p = ReadPost(post);
            if (p.Error is not null)
            {
                return p.Error;
            }

            var thread = State.CreateThread(space, title, p.Body!, json["category"]?.GetValue<string>(), State.CompanyUser, p.Visibility!, p.Internal);
            return Results.Json(thread, statusCode: 201);
        });
        api.MapGet("/threads/{threadId}", (string threadId) =>
            State.FindThread(threadId) is { } thread ? Results.Json(thread) : ThreadNotFound(threadId));
        api.MapPut("/threads/{threadId}/status", async (string threadId, HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (State.FindThread(threadId) is not { } thread)
            {
                return ThreadNotFound(threadId);
            }

            var status = json!["status"]?.GetValue<string>();
            if (status is not ("Resolved" or "Open"))
            {
                return Validation(("status", "status must be 'Open' or 'Resolved'."));
            }

            if (status == "Resolved")
            {
                State.Resolve(thread, json["resolution"]?.GetValue<string>());
            }
            else
            {
                thread.Status = "Open";
            }

            return Results.Json(thread);
        });
        api.MapGet("/threads/{threadId}/posts", (string threadId, HttpRequest r) =>
        {
            if (State.FindThread(threadId) is null)
            {
                return ThreadNotFound(threadId);
            }

            if (!TryDate(r, "since", out var since))
            {
                return InvalidParameter("since");
            }

            var visibility = r.Query["visibility"].ToString();
            return Page(r, "posts", State.PostsIn(threadId)
                .Where(p => (since is null || p.CreatedAt >= since) && (visibility.Length == 0 || p.Visibility == visibility))
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.PostId, StringComparer.Ordinal));
        });
        api.MapPost("/threads/{threadId}/posts", async (string threadId, HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (State.FindThread(threadId) is not { } thread)
            {
                return ThreadNotFound(threadId);
            }

            var p = ReadPost(json!);
            if (p.Error is not null)
            {
                return p.Error;
            }

            if (p.InReplyTo is not null && State.PostsIn(threadId).All(x => x.PostId != p.InReplyTo))
            {
                return Validation(("inReplyTo", $"Post '{p.InReplyTo}' is not in thread '{threadId}'."));
            }

            var post = State.AddPost(thread, p.Body!, p.Visibility!, p.InReplyTo, State.CompanyUser, p.Internal, p.DocumentIds);
            return Results.Json(post, statusCode: 201);
        });
    }

    private void MapDocuments(RouteGroupBuilder api)
    {
        api.MapPost("/spaces/{spaceId}/documents", async (string spaceId, HttpRequest r) =>
        {
            if (r.ContentLength > MaxDocumentBytes)
            {
                return Error(413, "DOCUMENT_TOO_LARGE", $"Documents are limited to {MaxDocumentBytes} bytes.");
            }

            if (!r.HasFormContentType)
            {
                return Error(415, "UNSUPPORTED_MEDIA_TYPE", "Upload documents as multipart/form-data with a 'file' part and a 'metadata' part.");
            }

            if (State.FindSpace(spaceId) is not { } space)
            {
                return SpaceNotFound(spaceId);
            }

            var form = await r.ReadFormAsync(r.HttpContext.RequestAborted).ConfigureAwait(false);
            var file = form.Files["file"];
            if (file is null || file.Length == 0)
            {
                return Validation(("file", "A non-empty 'file' part is required."));
            }

            JsonNode? metadata;
            try
            {
                metadata = JsonNode.Parse(form["metadata"].ToString() is { Length: > 0 } m ? m : "{}");
            }
            catch (JsonException)
            {
                return Error(400, "INVALID_JSON", "The 'metadata' part is not valid JSON.");
            }

            var documentType = metadata?["documentType"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(documentType))
            {
                return Validation(("documentType", "documentType is required."));
            }

            var threadId = metadata?["threadId"]?.GetValue<string>();
            if (threadId is not null && State.FindThread(threadId)?.SpaceId != spaceId)
            {
                return Validation(("threadId", $"Thread '{threadId}' is not in space '{spaceId}'."));
            }

            DateOnly? expiresOn = null;
            if (metadata?["expiresOn"]?.GetValue<string>() is { } expiry)
            {
                if (!DateOnly.TryParseExact(expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return Validation(("expiresOn", "expiresOn must be a date (yyyy-MM-dd)."));
                }

                expiresOn = parsed;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, r.HttpContext.RequestAborted).ConfigureAwait(false);
            var document = State.AddDocument(space, threadId, file.FileName, file.ContentType is { Length: > 0 } ct ? ct : "application/octet-stream",
                buffer.ToArray(), documentType, expiresOn, metadata?["description"]?.GetValue<string>(), State.CompanyUser);
            return Results.Json(document, statusCode: 201);
        });
        api.MapGet("/spaces/{spaceId}/documents", (string spaceId, HttpRequest r) =>
        {
            if (State.FindSpace(spaceId) is null)
            {
                return SpaceNotFound(spaceId);
            }

            if (!TryDate(r, "since", out var since))
            {
                return InvalidParameter("since");
            }

            var threadId = r.Query["threadId"].ToString();
            var type = r.Query["documentType"].ToString();
            return Page(r, "documents", State.Documents
                .Where(d => d.SpaceId == spaceId && (threadId.Length == 0 || d.ThreadId == threadId)
                    && (type.Length == 0 || d.DocumentType == type) && (since is null || d.CreatedAt >= since))
                .OrderBy(d => d.CreatedAt).ThenBy(d => d.DocumentId, StringComparer.Ordinal));
        });
        api.MapGet("/documents/{documentId}", (string documentId) =>
            State.FindDocument(documentId) is { } d ? Results.Json(d) : DocumentNotFound(documentId));
        api.MapGet("/documents/{documentId}/content", (string documentId) =>
            State.FindDocument(documentId) is { } d && State.GetContent(documentId) is { } bytes
                ? Results.File(bytes, d.ContentType, d.FileName)
                : DocumentNotFound(documentId));
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

    private void MapEvents(RouteGroupBuilder api)
    {
        api.MapGet("/events", (HttpRequest r) =>
        {
            var after = r.Query["after"].ToString();
            long checkpoint = 0;
            if (after.Length > 0 && (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out checkpoint) || checkpoint > State.Events.Count))
            {
                return Error(400, "INVALID_CHECKPOINT", $"'{after}' is not a checkpoint this company issued.");
            }

            if (!TryCount(r, out var count))
            {
                return InvalidParameter("count");
            }

            var events = State.EventsAfter(checkpoint, count + 1);
            var page = events.Take(count).ToArray();
            var next = page.Length > 0 ? page[^1].Sequence : checkpoint;
            return Results.Json(new
            {
                events = page,
                checkpoint = next.ToString(CultureInfo.InvariantCulture),
                hasMore = events.Count > count,
            });
        });
        api.MapPost("/webhooks", async (HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (!Uri.TryCreate(json!["callbackUrl"]?.GetValue<string>(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                return Validation(("callbackUrl", "An absolute http(s) callbackUrl is required."));
            }

            var webhook = new TgWebhook(State.NewId("WH"), url, Strings(json["eventTypes"]),
                Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant());
            _dispatcher.Add(webhook);
            return Results.Json(webhook, statusCode: 201);
        });
        api.MapGet("/webhooks", (HttpRequest r) =>
            Page(r, "webhooks", _dispatcher.Webhooks.Select(w => new { w.WebhookId, w.CallbackUrl, w.EventTypes })));
        api.MapDelete("/webhooks/{webhookId}", (string webhookId) =>
            _dispatcher.Remove(webhookId) ? Results.NoContent() : Error(404, "WEBHOOK_NOT_FOUND", $"Webhook '{webhookId}' was not found."));
    }

    private async Task<IResult> SearchTransactions(HttpRequest r)
    {
        var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var query = json!["query"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return GraphQlError("A GraphQL 'query' is required.", "GRAPHQL_PARSE_FAILED");
        }

        try
        {
            var request = TransactionSearch.Parse(query, MaxPageSize * 10);
            var matches = TransactionSearch.Filter(State.Transactions, request);
            var page = matches.Skip(request.Offset).Take(request.Count).Select(TransactionSearch.ToLens).ToArray();
            return Results.Json(new
            {
                data = new { getTransactions = new { count = page.Length, total = matches.Count, offset = request.Offset, transactions = page } },
            });
        }
        catch (FormatException e)
        {
            return GraphQlError(e.Message, "BAD_USER_INPUT");
        }
    }

    private static IResult GraphQlError(string message, string code)
        => Results.Json(new { data = (object?)null, errors = new[] { new { message, extensions = new { code } } } });

    private IResult Page<T>(HttpRequest r, string name, IEnumerable<T> items)
    {
        if (!TryCount(r, out var count))
        {
            return InvalidParameter("count");
        }

        var offsetText = r.Query["offset"].ToString();
        var offset = 0;
        if (offsetText.Length > 0 && (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            return InvalidParameter("offset");
        }

        var all = items.ToList();
        var page = all.Skip(offset).Take(count).ToList();
        return Results.Json(new Dictionary<string, object>
        {
            ["count"] = page.Count,
            ["total"] = all.Count,
            ["offset"] = offset,
            [name] = page,
        }, EventDispatcher.Json);
    }

    private bool TryCount(HttpRequest r, out int count)
    {
        var text = r.Query["count"].ToString();
        count = 25;
        return text.Length == 0
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1 && count <= MaxPageSize);
    }

    private static bool TryDate(HttpRequest r, string name, out DateTimeOffset? value)
    {
        value = null;
        var text = r.Query[name].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private async Task<(JsonNode? Json, IResult? Error)> ReadJsonAsync(HttpRequest r)
    {
        using var reader = new StreamReader(r.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(r.HttpContext.RequestAborted).ConfigureAwait(false);
        State.Record(r.Method, r.Path.Value ?? string.Empty, body);
        try
        {
            return JsonNode.Parse(body) is JsonObject json
                ? (json, null)
                : (null, Error(400, "INVALID_JSON", "The request body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, Error(400, "INVALID_JSON", "The request body is not valid JSON."));
        }
    }

    private static PostInput ReadPost(JsonNode json)
    {
        var body = json["body"]?.GetValue<string>();
        var visibility = json["visibility"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return new PostInput { Error = Validation(("body", "A post body is required.")) };
        }

        if (visibility is null || !Visibilities.Contains(visibility))
        {
            return new PostInput { Error = Validation(("visibility", "visibility must be 'Partner' or 'Internal'.")) };
        }

        var internalNode = json["internal"];
        if (visibility == "Partner" && internalNode is not null)
        {
            return new PostInput { Error = Error(400, "INTERNAL_DATA_NOT_ALLOWED", "A partner-visible post cannot carry internal data.") };
        }

        var internalData = internalNode is JsonObject o
            ? new TgInternalData(o["note"]?.GetValue<string>(), o["caseReference"]?.GetValue<string>(), Strings(o["tags"]))
            : null;
        return new PostInput
        {
            Body = body,
            Visibility = visibility,
            InReplyTo = json["inReplyTo"]?.GetValue<string>(),
            Internal = internalData,
            DocumentIds = Strings(json["documentIds"]),
        };
    }

    private static string[] Strings(JsonNode? node)
        => node is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>().ToArray() : [];

    private static IResult SpaceNotFound(string id) => Error(404, "SPACE_NOT_FOUND", $"Space '{id}' was not found.");

    private static IResult ThreadNotFound(string id) => Error(404, "THREAD_NOT_FOUND", $"Thread '{id}' was not found.");

    private static IResult DocumentNotFound(string id) => Error(404, "DOCUMENT_NOT_FOUND", $"Document '{id}' was not found.");

    private static IResult OnboardingNotFound(string id) => Error(404, "ONBOARDING_REQUEST_NOT_FOUND", $"Onboarding request '{id}' was not found.");

    private static IResult InvalidParameter(string name) => Validation((name, $"'{name}' has an invalid value."));

    private static IResult Validation(params (string Field, string Message)[] errors)
        => Results.Json(new
        {
            code = "VALIDATION_FAILED",
            message = "The request is invalid.",
            errors = errors.Select(e => new { field = e.Field, message = e.Message }).ToArray(),
        }, statusCode: 400);

    private static IResult Error(int status, string code, string message)
        => Results.Json(new { code, message }, statusCode: status);

    private sealed class PostInput
    {
        public IResult? Error { get; init; }

        public string? Body { get; init; }

        public string? Visibility { get; init; }

        public string? InReplyTo { get; init; }

        public TgInternalData? Internal { get; init; }

        public IReadOnlyList<string> DocumentIds { get; init; } = [];
    }
}
