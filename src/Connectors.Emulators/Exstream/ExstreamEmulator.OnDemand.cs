using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.Exstream;

/// <content>
/// The published on-demand routes, as OpenText's collection and SDK show them. Generate: headers <c>communicationId</c>,
/// <c>driverDataSource</c> (the communication set manifest's <c>prodDsn</c>), optional <c>empowerUser</c>; one output per
/// output queue of the communication's set (PDF queue: a PDF; Empower queue: with an Empower user the document is imported
/// and the output is <c>{"documentId"}</c> as JSON, without one the Empower file). <c>Accept: application/pdf</c> answers
/// the PDF bytes, <c>Accept: application/json</c> with an Empower user the <c>{"documentId"}</c> alone, anything else the
/// <c>{status, data}</c> envelope. Fulfil: <c>preserveDocuments</c> and <c>{"documents":[ids]}</c>; one PDF per document.
/// Engine failures answer <c>{status:"error", data:[{errorMessage, statusCode, engineOutputContext}]}</c>.
/// </content>
public sealed partial class ExstreamEmulator
{
    private const string PdfType = "application/pdf";
    private const string JsonType = "application/json";
    private const string EmpowerType = "application/vnd.exstream-empower";

    private async Task<IResult> GenerateAsync(HttpContext context, string domain)
    {
        var (call, refusal) = await ReadOnDemandAsync(context, domain).ConfigureAwait(false);
        if (call is null)
        {
            return refusal!;
        }

        var empowerUser = context.Request.Headers["empowerUser"].ToString();
        var name = FindName(call.Body) ?? "Customer";
        var outputs = new JsonArray();
        string? documentId = null;
        lock (_gate)
        {
            if (_nextOnDemandFailures.TryDequeue(out var failure))
            {
                return EngineError(failure.Message, failure.StatusCode, call.FirstQueue);
            }

            foreach (var queue in call.Queues)
            {
                if (!string.Equals(queue.Driver, "Empower", StringComparison.OrdinalIgnoreCase))
                {
                    outputs.Add(Output(Pdf(call.CommunicationName, [$"Dear {name},", "On-demand output"]), PdfType, queue.Name, call.CommunicationName));
                }
                else if (empowerUser.Length == 0)
                {
                    outputs.Add(Output(Encoding.UTF8.GetBytes($"EMPOWER {call.CommunicationId} {name}"), EmpowerType, queue.Name, call.CommunicationName));
                }
                else if (!_empowerUsers.Contains(empowerUser))
                {
                    return EngineError($"Empower rejected user '{empowerUser}': it may not import documents.", "401", queue.Name);
                }
                else
                {
                    documentId = Guid.NewGuid().ToString("D");
                    _empowerDocuments[documentId] = new EmpowerDocumentRecord(documentId, call.CommunicationId, empowerUser, name, Time.GetUtcNow());
                    outputs.Add(Output(Encoding.UTF8.GetBytes(new JsonObject { ["documentId"] = documentId }.ToJsonString()), JsonType, queue.Name, call.CommunicationName));
                }
            }
        }

        var accept = context.Request.Headers.Accept.ToString();
        if (accept.Contains(JsonType, StringComparison.OrdinalIgnoreCase) && !accept.Contains("*/*", StringComparison.Ordinal) && documentId is not null)
        {
            return Json(200, new JsonObject { ["documentId"] = documentId });
        }

        return Answer(context, outputs);
    }

    private async Task<IResult> FulfillAsync(HttpContext context, string domain)
    {
        var (call, refusal) = await ReadOnDemandAsync(context, domain).ConfigureAwait(false);
        if (call is null)
        {
            return refusal!;
        }

        var preserve = context.Request.Headers["preserveDocuments"].ToString();
        if (preserve is not ("true" or "false" or ""))
        {
            return Error(context, 400, 1001, "preserveDocuments must be true or false.");
        }

        if (call.Body?["documents"] is not JsonArray { Count: > 0 } documents
            || documents.Any(d => d is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
        {
            return Error(context, 400, 1001, "The body must be {\"documents\": [Empower document ids]}.");
        }

        var outputs = new JsonArray();
        lock (_gate)
        {
            if (_nextOnDemandFailures.TryDequeue(out var failure))
            {
                return EngineError(failure.Message, failure.StatusCode, call.FirstQueue);
            }

            var ids = documents.Select(d => d!.GetValue<string>()).ToList();
            if (ids.FirstOrDefault(id => !_empowerDocuments.ContainsKey(id)) is { } unknown)
            {
                return EngineError($"Empower document '{unknown}' was not found.", "404", call.FirstQueue);
            }

            foreach (var id in ids)
            {
                var document = _empowerDocuments[id];
                foreach (var queue in call.Queues)
                {
                    outputs.Add(Output(Pdf(call.CommunicationName, [$"Dear {document.RecipientName},", $"Fulfilment of Empower document {id}", $"from communication {document.CommunicationId}"]), PdfType, queue.Name, call.CommunicationName));
                }

                if (preserve != "true")
                {
                    _empowerDocuments.Remove(id);
                }
            }
        }

        return Answer(context, outputs);
    }

    /// <summary>Checks domain, headers, communication and driver data source, and reads the JSON body; the refusal otherwise.</summary>
    private async Task<(OnDemandCall? Call, IResult? Refusal)> ReadOnDemandAsync(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return (null, missing);
        }

        var communicationId = context.Request.Headers["communicationId"].ToString();
        var driverDataSource = context.Request.Headers["driverDataSource"].ToString();
        if (communicationId.Length == 0 || driverDataSource.Length == 0)
        {
            return (null, Error(context, 400, 1001, "The communicationId and driverDataSource headers are required."));
        }

        string name;
        List<string> sources;
        List<OutputQueue> queues;
        lock (_gate)
        {
            if (!_design.IsCommunication(communicationId))
            {
                return (null, Error(context, 404, 1004, $"Communication '{communicationId}' was not found in domain '{domain}'."));
            }

            name = DesignAssets.Text(_design.Find(communicationId), "name") ?? communicationId;
            var manifest = _design.SetOf(communicationId) is { } set ? _design.Manifest(set) : null;
            sources = [.. (manifest?["dsnlist"]?.AsArray() ?? []).Select(d => DesignAssets.Text(d, "prodDsn")).OfType<string>()];
            queues = [.. (manifest?["queueList"]?.AsArray() ?? []).Select(q => new OutputQueue(DesignAssets.Text(q, "name") ?? "PDF Queue", DesignAssets.Text(q, "driver") ?? "PDF"))];
        }

        if (!sources.Contains(driverDataSource, StringComparer.Ordinal))
        {
            return (null, Error(context, 400, 1001, $"'{driverDataSource}' is not a data source of communication '{communicationId}'."));
        }

        var (body, tooLarge) = await ReadBodyAsync(context).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return (null, tooLarge);
        }

        JsonNode? json = null;
        if (context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                json = JsonNode.Parse(body!);
            }
            catch (JsonException)
            {
                return (null, Error(context, 400, 1001, "The driver data is not valid JSON."));
            }
        }

        return (new OnDemandCall(communicationId, name, json, queues.Count == 0 ? [new OutputQueue("PDF Queue", "PDF")] : queues), null);
    }

    private IResult Answer(HttpContext context, JsonArray outputs)
    {
        if (context.Request.Headers.Accept.ToString().Contains(PdfType, StringComparison.OrdinalIgnoreCase))
        {
            var pdf = outputs.FirstOrDefault(o => DesignAssets.Text(o, "mimeType") == PdfType);
            return pdf is null
                ? Error(context, 406, 1006, "The communication produced no application/pdf output.")
                : Results.Bytes(Convert.FromBase64String(DesignAssets.Text(pdf, "content")!), PdfType, DesignAssets.Text(pdf["engineOutputContext"], "fileName") + ".pdf");
        }

        return Json(200, new JsonObject { ["status"] = "success", ["details"] = null, ["data"] = outputs });
    }

    private byte[] Pdf(string communicationName, IEnumerable<string> lines)
        => MinimalPdf.Render([$"Communication: {communicationName}", .. lines, $"Generated {Iso(Time.GetUtcNow())}"]);

    private static JsonObject Output(byte[] content, string mimeType, string queue, string communicationName) => new()
    {
        ["content"] = Convert.ToBase64String(content),
        ["mimeType"] = mimeType,
        ["engineOutputContext"] = new JsonObject { ["queueName"] = queue, ["fileName"] = communicationName, ["customerNumber"] = "1" },
    };

    private static IResult EngineError(string message, string statusCode, string queue)
        => Json(statusCode.StartsWith('4') ? 400 : 500, new JsonObject
        {
            ["status"] = "error",
            ["data"] = new JsonArray(new JsonObject
            {
                ["errorMessage"] = message,
                ["statusCode"] = statusCode,
                ["engineOutputContext"] = new JsonObject { ["queueName"] = queue, ["fileName"] = null, ["customerNumber"] = "1" },
            }),
        });

    private sealed record OnDemandCall(string CommunicationId, string CommunicationName, JsonNode? Body, IReadOnlyList<OutputQueue> Queues)
    {
        public string FirstQueue => Queues[0].Name;
    }

    private sealed record OutputQueue(string Name, string Driver);
}
