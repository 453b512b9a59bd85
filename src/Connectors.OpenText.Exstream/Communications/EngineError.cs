using System.Text.Json.Serialization;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// One failure the Exstream engine reported for an on-demand call (<c>OrchestrationErrorData</c> in OpenText's SDK):
/// <c>{ "errorMessage", "statusCode", "engineOutputContext" }</c> inside <c>{ "status": "error", "data": [ … ] }</c>.
/// </summary>
public sealed class EngineError
{
    /// <summary>The engine's message.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>
    /// The status the engine reports for this output, as text (e.g. <c>401</c>: OpenText's SDK reads that as an
    /// <c>empowerUser</c> without permission to import Empower documents).
    /// </summary>
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? StatusCode { get; set; }

    /// <summary>Which queue, file and customer the failure belongs to.</summary>
    public EngineOutputContext? EngineOutputContext { get; set; }
}
