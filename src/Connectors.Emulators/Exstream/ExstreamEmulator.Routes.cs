using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Connectors.Emulators.Exstream;

/// <content>The HTTP endpoints: the map, and the assumed job, output, event and callback routes.</content>
public sealed partial class ExstreamEmulator
{
    private static readonly string[] Channels = ["print", "email", "sms", "archive"];

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var denied = _identity.Authorize(context.Request, _tenantId);
            if (denied is not null)
            {
                await denied.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            Advance();
            await next(context).ConfigureAwait(false);
        });

        // Published (OpenText's ocp-communication collection and SDK).
        var api = app.MapGroup("/orchestration/api/v1");
        api.MapPost("/inputs/ondemand/{domain}/generate", GenerateAsync);
        api.MapPost("/inputs/fulfillment/ondemand/{domain}/fulfill", FulfillAsync);
        var design = app.MapGroup("/design/api/v1");
        design.MapGet("/domains", ListDomains);
        design.MapGet("/resources/{domain}", ListResources);
        design.MapGet("/links/{domain}", ListLinks);
        design.MapGet("/links/{domain}/resources", ListLinkedResources);
        design.MapGet("/manifests/{domain}/communication-set/{communicationSetId}", GetManifest);
        design.MapPost("/import/{packageType}/{domain}", ImportAsync);
        design.MapPut("/resources/{domain}/{resourceId}/state", ChangeStateAsync);
        design.MapPut("/resources/{domain}/{resourceId}/content", UpdateContentAsync);
        design.MapPost("/resources/{domain}/content", CreateResourceAsync);

        // Assumed (OpenText publishes no batch-job, output, delivery-event or callback API).
        api.MapPost("/jobs/{domain}", SubmitAsync);
        api.MapGet("/jobs/{domain}", ListJobs);
        api.MapGet("/jobs/{domain}/{jobId}", GetJob);
        api.MapGet("/jobs/{domain}/{jobId}/outputs", ListOutputs);
        api.MapGet("/jobs/{domain}/{jobId}/outputs/{outputId}/content", DownloadOutput);
        api.MapGet("/deliveryevents/{domain}", ListEvents);
        api.MapPost("/callbacks/{domain}", RegisterCallbackAsync);
        api.MapGet("/callbacks/{domain}", ListCallbacks);
        api.MapDelete("/callbacks/{domain}/{subscriptionId}", DeleteCallback);
        app.MapFallback((HttpContext context) => Error(context, 404, 1004, "No such endpoint."));
    }

    private async Task<IResult> SubmitAsync(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var (request, refusal) = await ReadJsonObjectAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        lock (_gate)
        {
            if (key.Length > 0 && _idempotencyKeys.TryGetValue(key, out var existingId))
            {
                var existing = _jobs.First(j => j.Id == existingId);
                if (!JsonNode.DeepEquals(existing.Request, request))
                {
                    return Error(context, 409, 1009, $"Idempotency-Key '{key}' was already used for a different request.");
                }

                context.Response.Headers["Idempotent-Replayed"] = "true";
                return Json(200, Envelope(JobJson(existing)));
            }

            var errors = Validate(request, domain, out var original, out var unknownCommunication);
            if (unknownCommunication is not null)
            {
                return Error(context, 404, 1004, $"Communication '{unknownCommunication}' was not found in domain '{domain}'.");
            }

            if (errors.Count > 0)
            {
                return Error(context, 400, 1001, "The job request is not valid.", errors);
            }

            var job = new EmulatedJob(NewJobId(), domain, request, Time.GetUtcNow())
            {
                Revision = original is null ? 1 : original.Revision + 1,
            };
            if (_nextFates.TryDequeue(out var fate))
            {
                job.Fate = fate.Fate;
                job.ErrorCode = fate.Code;
                job.ErrorMessage = fate.Message;
            }

            _jobs.Add(job);
            if (key.Length > 0)
            {
                _idempotencyKeys[key] = job.Id;
            }

            context.Response.Headers.Location = $"/orchestration/api/v1/jobs/{domain}/{job.Id}";
            return Json(202, Envelope(JobJson(job)));
        }
    }

    private JsonArray Validate(JsonObject request, string domain, out EmulatedJob? original, out string? unknownCommunication)
    {
        var errors = new JsonArray();
        original = null;
        unknownCommunication = null;
        void Add(string field, string message) => errors.Add(new JsonObject { ["field"] = field, ["message"] = message });

        var communicationId = Str(request, "communicationId");
        if (communicationId is null)
        {
            Add("communicationId", "is required");
        }
        else if (!_design.IsCommunication(communicationId))
        {
            unknownCommunication = communicationId;
        }

        var channel = Str(request, "channel");
        if (channel is null || !Channels.Contains(channel))
        {
            Add("channel", "must be one of print, email, sms, archive");
        }

        if (request["recipient"] is not JsonObject recipient)
        {
            Add("recipient", "is required");
        }
        else
        {
            if (Str(recipient, "name") is null)
            {
                Add("recipient.name", "is required");
            }

            if (channel == "email" && Str(recipient, "email") is null)
            {
                Add("recipient.email", "is required for the email channel");
            }

            if (channel == "sms" && Str(recipient, "phone") is null)
            {
                Add("recipient.phone", "is required for the sms channel");
            }

            if (channel == "print" && recipient["address"] is not JsonObject)
            {
                Add("recipient.address", "is required for the print channel");
            }
        }

        if (request["data"] is { } data && data is not JsonObject)
        {
            Add("data", "must be a JSON object");
        }

        if (request["revisionOf"] is not null)
        {
            var revisionOf = Str(request, "revisionOf");
            original = _jobs.FirstOrDefault(j => j.Id == revisionOf && j.Domain == domain);
            if (original is null)
            {
                Add("revisionOf", "must be the id of an earlier job in this domain");
            }
        }

        return errors;
    }

    private IResult ListJobs(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var correlationId = context.Request.Query["correlationId"].ToString();
        var state = context.Request.Query["state"].ToString();
        List<JsonNode> items;
        lock (_gate)
        {
            items = [.. _jobs
                .Where(j => j.Domain == domain)
                .Where(j => correlationId.Length == 0 || j.CorrelationId == correlationId)
                .Where(j => state.Length == 0 || j.State == state)
                .Select(JobJson)];
        }

        return Page(context, items);
    }

    private IResult GetJob(HttpContext context, string domain, string jobId)
    {
        lock (_gate)
        {
            var job = FindJob(domain, jobId);
            return job is null ? JobNotFound(context, jobId) : Json(200, Envelope(JobJson(job)));
        }
    }

    private IResult ListOutputs(HttpContext context, string domain, string jobId)
    {
        List<JsonNode> items;
        lock (_gate)
        {
            var job = FindJob(domain, jobId);
            if (job is null)
            {
                return JobNotFound(context, jobId);
            }

            items = [.. job.OutputList.Select(o => (JsonNode)new JsonObject
            {
                ["outputId"] = o.Id,
                ["jobId"] = job.Id,
                ["fileName"] = o.FileName,
                ["mimeType"] = o.MimeType,
                ["size"] = o.Content.Length,
                ["engineOutputContext"] = new JsonObject { ["queueName"] = o.QueueName, ["fileName"] = o.FileName, ["customerNumber"] = Str(job.Recipient, "id") },
                ["createdAt"] = Iso(o.CreatedAt),
            })];
        }

        return Page(context, items);
    }

    private IResult DownloadOutput(HttpContext context, string domain, string jobId, string outputId)
    {
        lock (_gate)
        {
            var job = FindJob(domain, jobId);
            if (job is null)
            {
                return JobNotFound(context, jobId);
            }

            var output = job.OutputList.FirstOrDefault(o => o.Id == outputId);
            return output is null
                ? Error(context, 404, 1004, $"Output '{outputId}' of job '{jobId}' was not found.")
                : Results.Bytes(output.Content, output.MimeType, output.FileName);
        }
    }

    private IResult ListEvents(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var query = context.Request.Query;
        long after = 0;
        if (query["afterSequence"].Count > 0 && !long.TryParse(query["afterSequence"], NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return Error(context, 400, 1001, "afterSequence must be a non-negative integer.");
        }

        var jobId = query["jobId"].ToString();
        var type = query["type"].ToString();
        List<JsonNode> items;
        lock (_gate)
        {
            items = [.. _events
                .Where(e => e.Domain == domain && e.Sequence > after)
                .Where(e => jobId.Length == 0 || e.Body["jobId"]?.GetValue<string>() == jobId)
                .Where(e => type.Length == 0 || e.Type == type)
                .Select(e => e.Body.DeepClone())];
        }

        return Page(context, items);
    }

    private async Task<IResult> RegisterCallbackAsync(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var (request, refusal) = await ReadJsonObjectAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }

        var errors = new JsonArray();
        if (!Uri.TryCreate(Str(request, "url"), UriKind.Absolute, out var url) || (url.Scheme != "http" && url.Scheme != "https"))
        {
            errors.Add(new JsonObject { ["field"] = "url", ["message"] = "must be an absolute http(s) URL" });
        }

        var secret = Str(request, "secret");
        if (secret is null || secret.Length < 16)
        {
            errors.Add(new JsonObject { ["field"] = "secret", ["message"] = "must be at least 16 characters" });
        }

        var types = request["eventTypes"] is JsonArray array
            ? array.Select(t => t?.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : string.Empty).ToList()
            : [];
        if (errors.Count > 0)
        {
            return Error(context, 400, 1001, "The callback registration is not valid.", errors);
        }

        lock (_gate)
        {
            var subscription = new CallbackSubscription($"cb-{_subscriptions.Count + 1:D4}", domain, url!, secret!, types, Time.GetUtcNow());
            _subscriptions[subscription.Id] = subscription;
            _subscriptionStarts[subscription.Id] = _events.Count;
            return Json(201, Envelope(SubscriptionJson(subscription)));
        }
    }

    private IResult ListCallbacks(HttpContext context, string domain)
    {
        List<JsonNode> items;
        lock (_gate)
        {
            items = [.. _subscriptions.Values.Where(s => s.Domain == domain).Select(SubscriptionJson)];
        }

        return Page(context, items);
    }

    private IResult DeleteCallback(HttpContext context, string domain, string subscriptionId)
    {
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(subscriptionId, out var subscription) || subscription.Domain != domain)
            {
                return Error(context, 404, 1004, $"Callback '{subscriptionId}' was not found.");
            }

            _subscriptions.Remove(subscriptionId);
            return Results.NoContent();
        }
    }

    private static JsonNode SubscriptionJson(CallbackSubscription s) => new JsonObject
    {
        ["id"] = s.Id,
        ["url"] = s.Url.ToString(),
        ["eventTypes"] = new JsonArray([.. s.EventTypes.Select(t => (JsonNode)t)]),
        ["createdAt"] = Iso(s.CreatedAt),
    };

    private static JsonNode JobJson(EmulatedJob job)
    {
        var json = new JsonObject
        {
            ["jobId"] = job.Id,
            ["domain"] = job.Domain,
            ["communicationId"] = job.CommunicationId,
            ["driverDataSource"] = Str(job.Request, "driverDataSource") ?? "Driver",
            ["channel"] = job.Channel,
            ["state"] = job.State,
            ["correlationId"] = job.CorrelationId,
            ["revisionOf"] = job.RevisionOf,
            ["revision"] = job.Revision,
            ["revisionReason"] = Str(job.Request, "revisionReason"),
            ["recipient"] = job.Recipient.DeepClone(),
            ["submittedAt"] = Iso(job.SubmittedAt),
            ["startedAt"] = job.StartedAt is { } s ? Iso(s) : null,
            ["completedAt"] = job.CompletedAt is { } c ? Iso(c) : null,
            ["outputCount"] = job.OutputList.Count,
        };
        if (job.State == "failed")
        {
            json["error"] = new JsonObject { ["code"] = job.ErrorCode, ["message"] = job.ErrorMessage };
        }

        return json;
    }

    private EmulatedJob? FindJob(string domain, string jobId) => _jobs.FirstOrDefault(j => j.Id == jobId && j.Domain == domain);

    private IResult JobNotFound(HttpContext context, string jobId) => Error(context, 404, 1004, $"Job '{jobId}' was not found.");

    private IResult? UnknownDomain(HttpContext context, string domain)
    {
        lock (_gate)
        {
            return _domains.Contains(domain) ? null : Error(context, 404, 1004, $"Domain '{domain}' was not found.");
        }
    }

    private static string NewJobId() => Guid.NewGuid().ToString("D");

    private IResult Page(HttpContext context, IReadOnlyList<JsonNode> items, int? defaultCount = null)
    {
        var query = context.Request.Query;
        var offset = 0;
        var count = defaultCount ?? 50;
        if ((query["offset"].Count > 0 && !int.TryParse(query["offset"], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            || (query["count"].Count > 0 && (!int.TryParse(query["count"], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 1000)))
        {
            return Error(context, 400, 1001, "offset must be a page index from 0 and count a page size from 1 to 1000.");
        }

        var total = items.Count;
        var page = new JsonArray([.. items.Skip(offset * count).Take(count).Select(i => i.DeepClone())]);
        return Json(200, new JsonObject
        {
            ["status"] = "success",
            ["data"] = page,
            ["page"] = new JsonObject
            {
                ["pageSize"] = count,
                ["pageOffset"] = offset * count,
                ["totalElements"] = total,
                ["totalPages"] = (total + count - 1) / count,
                ["currentPageNumber"] = offset,
            },
        });
    }

    private IResult Error(HttpContext context, int status, int errorCode, string message, JsonArray? errors = null)
    {
        var body = new JsonObject
        {
            ["timestamp"] = Time.GetUtcNow().ToUnixTimeMilliseconds(),
            ["status"] = status,
            ["error"] = ReasonPhrases.GetReasonPhrase(status),
            ["message"] = message,
            ["details"] = errors is null ? null : string.Join("; ", errors.Select(e => $"{e!["field"]} {e["message"]}")),
            ["errorCode"] = errorCode,
            ["path"] = context.Request.Path.Value,
        };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return Json(status, body);
    }

    private static JsonObject Envelope(JsonNode data) => new() { ["status"] = "success", ["data"] = data };

    private static IResult Json(int status, JsonNode body) => Results.Content(body.ToJsonString(), "application/json", Encoding.UTF8, status);

    /// <summary>Reads a JSON object body within the limit; the refusal (413, or 400 for anything but an object) otherwise.</summary>
    private async Task<(JsonObject? Request, IResult? Refusal)> ReadJsonObjectAsync(HttpContext context)
    {
        var (body, tooLarge) = await ReadBodyAsync(context).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return (null, tooLarge);
        }

        try
        {
            if (JsonNode.Parse(body!) is JsonObject request)
            {
                return (request, null);
            }
        }
        catch (JsonException)
        {
            // Answered below.
        }

        return (null, Error(context, 400, 1001, "The request body must be a JSON object."));
    }

    private async Task<(byte[]? Body, IResult? TooLarge)> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, Error(context, 413, 1013, $"The request body is larger than {MaxBodyBytes} bytes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, Error(context, 413, 1013, $"The request body is larger than {MaxBodyBytes} bytes."));
            }
        }

        return (buffer.ToArray(), null);
    }

    private static string? Str(JsonObject json, string name)
        => json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string? FindName(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in new[] { "name", "recipientName", "fullName", "insuredName" })
                {
                    if (Str(obj, key) is { Length: > 0 } name)
                    {
                        return name;
                    }
                }

                return obj.Select(p => FindName(p.Value)).FirstOrDefault(n => n is not null);
            case JsonArray array:
                return array.Select(FindName).FirstOrDefault(n => n is not null);
            default:
                return null;
        }
    }
}
