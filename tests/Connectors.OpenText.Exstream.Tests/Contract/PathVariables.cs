using System.Text.Json;
using Connectors.Tests.Shared;

namespace Connectors.OpenText.Exstream.Tests.Contract;

/// <summary>The collection's path variables (<c>:resource_id</c>, <c>:communication_set_id</c>) with the values it gives them.</summary>
internal static class PathVariables
{
    /// <summary>The request's path with every <c>:name</c> segment replaced by the collection's value.</summary>
    public static string Resolve(PostmanRequest request)
        => string.Join("/", request.Url.AbsolutePath.Split('/').Select(s => s.StartsWith(':') ? Value(request, s[1..]) : s));

    /// <summary>The value the collection gives a path variable of a request.</summary>
    public static string Value(PostmanRequest request, string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "exstream-communication.postman_collection.json")));
        var item = document.RootElement.GetProperty("item").EnumerateArray()
            .SelectMany(folder => folder.GetProperty("item").EnumerateArray().Select(i => (Folder: folder.GetProperty("name").GetString(), Item: i)))
            .Single(i => $"{i.Folder}/{i.Item.GetProperty("name").GetString()}" == request.Name).Item;
        return item.GetProperty("request").GetProperty("url").GetProperty("variable").EnumerateArray()
            .Single(v => v.GetProperty("key").GetString() == name).GetProperty("value").GetString()!;
    }
}
