using System.Text.Json;
using Connectors.Tests.Shared;

namespace Connectors.OpenText.Exstream.Tests.Contract;

/// <summary>
/// What the shared collection reader leaves out of the Exstream collection: its path variables (<c>:resource_id</c>,
/// <c>:communication_set_id</c>) with the values it gives them, and its formdata bodies (field name and file).
/// </summary>
internal static class CollectionItems
{
    /// <summary>The request's path with every <c>:name</c> segment replaced by the collection's value.</summary>
    public static string ResolvePath(PostmanRequest request)
        => string.Join("/", request.Url.AbsolutePath.Split('/').Select(s => s.StartsWith(':') ? PathVariable(request, s[1..]) : s));

    /// <summary>The value the collection gives a path variable of a request.</summary>
    public static string PathVariable(PostmanRequest request, string name)
    {
        using var document = Collection();
        return Item(document, request.Name).GetProperty("request").GetProperty("url").GetProperty("variable").EnumerateArray()
            .Single(v => v.GetProperty("key").GetString() == name).GetProperty("value").GetString()!;
    }

    /// <summary>The one file field of a formdata body: its name and the file the collection sends.</summary>
    public static (string Field, string File) FormData(string requestName)
    {
        using var document = Collection();
        var part = Assert.Single(Item(document, requestName).GetProperty("request").GetProperty("body").GetProperty("formdata").EnumerateArray());
        return (part.GetProperty("key").GetString()!, part.GetProperty("src").GetString()!);
    }

    private static JsonDocument Collection()
        => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "exstream-communication.postman_collection.json")));

    private static JsonElement Item(JsonDocument document, string name)
        => document.RootElement.GetProperty("item").EnumerateArray()
            .SelectMany(folder => folder.GetProperty("item").EnumerateArray().Select(i => (Folder: folder.GetProperty("name").GetString(), Item: i)))
            .Single(i => $"{i.Folder}/{i.Item.GetProperty("name").GetString()}" == name).Item;
}
