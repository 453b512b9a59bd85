using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Core.Json;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>
/// Compares the body the client received with what its model gives back when written out again (typed
/// properties and the kept-as-received extras): every value the body carried must come back the same (a number
/// sent as a string equals the number, a date equals the same instant in another format).
/// </summary>
internal static class ValueLoss
{
    public static List<string> Find(JsonNode? sent, JsonNode? returned, string at = "$")
    {
        var losses = new List<string>();
        Compare(sent, returned, at, losses);
        return losses;
    }

    private static void Compare(JsonNode? sent, JsonNode? returned, string at, List<string> losses)
    {
        if (sent is null || (sent.GetValueKind() == JsonValueKind.String && (string)sent! == ""))
        {
            return; // no value to lose
        }

        if (returned is null)
        {
            losses.Add($"{at}: {Short(sent)} was lost");
            return;
        }

        switch (sent.GetValueKind(), returned.GetValueKind())
        {
            case (JsonValueKind.Object, JsonValueKind.Object):
                foreach (var (name, child) in sent.AsObject())
                {
                    Compare(child, returned[name], $"{at}.{name}", losses);
                }

                return;
            case (JsonValueKind.Array, JsonValueKind.Array):
                var a = sent.AsArray();
                var b = returned.AsArray();
                if (a.Count != b.Count)
                {
                    losses.Add($"{at}: {a.Count} items sent, {b.Count} kept");
                    return;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    Compare(a[i], b[i], $"{at}[{i}]", losses);
                }

                return;
        }

        if (!SameScalar(sent, returned))
        {
            losses.Add($"{at}: sent {Short(sent)}, the model gives back {Short(returned)}");
        }
    }

    private static bool SameScalar(JsonNode sent, JsonNode returned)
    {
        if (JsonNode.DeepEquals(sent, returned))
        {
            return true;
        }

        var x = Text(sent);
        var y = Text(returned);
        if (x is null || y is null)
        {
            return false;
        }

        if (decimal.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out var dx)
            && decimal.TryParse(y, NumberStyles.Float, CultureInfo.InvariantCulture, out var dy))
        {
            return dx == dy;
        }

        return Instant(x) is { } ix && Instant(y) is { } iy && ix == iy;
    }

    private static string? Text(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => (string)node!,
        JsonValueKind.Number => node.ToJsonString(),
        _ => null,
    };

    private static DateTimeOffset? Instant(string text)
    {
        try
        {
            return Rfc2822DateTimeOffsetConverter.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Short(JsonNode node)
    {
        var json = node.ToJsonString();
        return json.Length > 80 ? json[..80] + "…" : json;
    }
}
