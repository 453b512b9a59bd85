using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Connectors.OpenText.Exstream.Tests.Contract;

/// <summary>
/// Reads the fields of a model of OpenText's Java Communications SDK (Vendor/sdk, Apache-2.0) and builds a JSON body
/// that gives every field a distinct value of its Java type, the way Jackson/Gson would write it: strings, numbers,
/// booleans, UUIDs, <c>java.util.Date</c> as epoch milliseconds, the SDK's enums, nested models and lists.
/// </summary>
internal static partial class JavaModel
{
    public static IReadOnlyList<(string Type, string Name)> Fields(string model)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "sdk", model + ".java"));
        var fields = FieldPattern().Matches(source).Select(m => (m.Groups["type"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), m.Groups["name"].Value)).ToList();
        Assert.NotEmpty(fields);
        return fields;
    }

    public static IReadOnlyList<string> EnumConstants(string model)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "sdk", model + ".java"));
        var body = source[(source.IndexOf('{', source.IndexOf("enum ", StringComparison.Ordinal)) + 1)..];
        body = body[..body.IndexOf(';', StringComparison.Ordinal)];
        return [.. body.Split(',').Select(c => c.Trim()).Select(c => c.Split('(')[0].Trim()).Where(c => c.Length > 0)];
    }

    /// <summary>A body for <paramref name="model"/>: every field with a value of its type.</summary>
    public static JsonObject Example(string model, int seed = 1)
    {
        var json = new JsonObject();
        var i = seed;
        foreach (var (type, name) in Fields(model))
        {
            json[name] = Value(model, type, name, i++);
        }

        return json;
    }

    private static JsonNode? Value(string model, string type, string name, int i)
    {
        if (name == "content" && model == "OrchestrationResponseData")
        {
            return Convert.ToBase64String(Encoding.UTF8.GetBytes($"%PDF-1.7 output {i}"));
        }

        var list = ListPattern().Match(type);
        if (list.Success)
        {
            return new JsonArray(Value(model, list.Groups[1].Value, name, i));
        }

        return type switch
        {
            "String" => $"{model}.{name}-{i}",
            "int" or "Integer" or "long" or "Long" => 100 + i,
            "boolean" or "Boolean" => i % 2 == 1,
            "UUID" => new Guid(i, 0x4000, unchecked((short)0x8000), [0, 0, 0, 0, 0, 0, 0, (byte)i]).ToString("D"),
            "Date" => 1_663_609_466_830L + i,
            "ResourceType" => EnumConstants("ResourceType")[i % EnumConstants("ResourceType").Count],
            "WorkflowState" => EnumConstants("WorkflowState")[i % EnumConstants("WorkflowState").Count],
            _ when File.Exists(Path.Combine(AppContext.BaseDirectory, "Vendor", "sdk", type + ".java")) => Example(type, i * 10),
            _ => throw new InvalidOperationException($"{model}.{name}: no example for Java type {type}"),
        };
    }

    // A field declaration: "public String name;", "private EngineOutputContext engineOutputContext;", "public List<X> y = …;".
    [GeneratedRegex(@"^\s*(?:public|private|protected)\s+(?!static\b|final\b|class\b|enum\b)(?<type>[\w<>, ?]+?)\s+(?<name>\w+)\s*(?:=[^;]*)?;", RegexOptions.Multiline)]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^(?:List|Collection)<(\w+)>$")]
    private static partial Regex ListPattern();
}
