using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>Reads <c>fees</c> (<c>oneOf</c>: the list, or a <c>{url, resource}</c> link) and writes it back in the shape it came.</summary>
internal sealed class OrderFeesConverter : JsonConverter<OrderFees>
{
    public override OrderFees? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray:
                // fee by fee: each fee is then the root of its own read, which needs no frame stack (a nested list
                // read allocates one per order)
                var items = new List<OrderFee>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(JsonSerializer.Deserialize(ref reader, BigCommerceJsonContext.Default.OrderFee)!);
                }

                return new OrderFees { Items = items };
            case JsonTokenType.StartObject:
                var link = JsonSerializer.Deserialize(ref reader, BigCommerceJsonContext.Default.ResourceLink);
                return new OrderFees { Url = link?.Url, Resource = link?.Resource };
            default:
                throw new JsonException($"Expected the fees list or a link, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, OrderFees value, JsonSerializerOptions options)
    {
        if (value.Url is null && value.Resource is null)
        {
            JsonSerializer.Serialize(writer, value.Items.ToList(), BigCommerceJsonContext.Default.ListOrderFee);
        }
        else
        {
            JsonSerializer.Serialize(writer, new ResourceLink { Url = value.Url, Resource = value.Resource }, BigCommerceJsonContext.Default.ResourceLink);
        }
    }
}
