using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>
/// The hand-written order reader (<c>OrderReader</c>, used where the client reads orders) against the generated one:
/// on every order body the spec allows, and on variants it must hand back to the generated reader, both give the same
/// order (written back with the generated writer) or the same error; and every field of the model is matched by the
/// one-pass read itself, not left to the generated reader.
/// </summary>
public sealed class OrderReaderTests
{
    private static readonly OpenApiSpecs Specs = OpenApiSpecs.Official;
    private static readonly JsonTypeInfo<Order> Generated = BigCommerceJsonContext.Default.Order;
    private static readonly HashSet<string> Typed = [.. Generated.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name)];

    public static TheoryData<string> SpecOrders()
    {
        var data = new TheoryData<string>();
        foreach (var (label, _) in Orders())
        {
            data.Add(label);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecOrders))]
    public void Every_order_the_spec_allows_reads_as_the_generated_reader_reads_it(string label)
    {
        var body = Orders().Single(o => o.Label == label).Body;
        AssertSameAsGenerated(body);
    }

    [Fact]
    public void Every_page_of_orders_the_spec_allows_reads_as_the_generated_reader_reads_it()
    {
        var spec = Specs.Operations.Single(o => o.Method == "GET" && o.Path == "/v2/orders");
        var pages = 0;
        foreach (var response in spec.SuccessResponses())
        {
            var bodies = response.Examples.Select(e => e.Value).ToList();
            bodies.AddRange(Enum.GetValues<BodyShape>().Select(shape => BodyGenerator.Generate(spec.Document, response.Schema!, shape)));
            foreach (var body in bodies.OfType<JsonArray>())
            {
                var json = body.ToJsonString();
                var expected = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, BigCommerceJsonContext.Default.ListOrder), BigCommerceJsonContext.Default.ListOrder);
                Assert.Equal(expected, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, OrderReader.ListInfo), BigCommerceJsonContext.Default.ListOrder));
                pages++;
            }
        }

        Assert.True(pages >= 3, $"only {pages} pages of orders were found in the spec");
        Assert.Equal("[]", JsonSerializer.Serialize(JsonSerializer.Deserialize("[]", OrderReader.ListInfo), BigCommerceJsonContext.Default.ListOrder));
        Assert.Null(JsonSerializer.Deserialize("null", OrderReader.ListInfo));
    }

    [Fact]
    public void The_spec_examples_and_full_bodies_are_read_in_one_pass_with_no_typed_field_left_untyped()
    {
        var read = 0;
        foreach (var (label, body) in Orders().Where(o => !o.Label.Contains("UnknownFields", StringComparison.Ordinal)))
        {
            Assert.True(TryReadFast(body, out var order), $"{label}: the one-pass read handed the order to the generated reader (at {FirstRefused(body)}).");
            var untyped = order.AdditionalProperties?.Keys.Where(Typed.Contains).ToList() ?? [];
            Assert.True(untyped.Count == 0, $"{label}: fields the model types left untyped: {string.Join(", ", untyped)}");
            read++;
        }

        Assert.True(read >= 5, $"only {read} spec bodies of an order were found");
    }

    [Fact]
    public void Every_field_of_the_model_is_matched_by_the_one_pass_read()
    {
        var bodies = Orders().Select(o => o.Body).OfType<JsonObject>().ToList();
        var fields = Generated.Properties.Where(p => !p.IsExtensionData).ToList();
        Assert.True(fields.Count >= 70, $"the model has {fields.Count} fields");
        foreach (var field in fields)
        {
            var sample = bodies.FirstOrDefault(b => b.ContainsKey(field.Name));
            Assert.True(sample is not null, $"no order in the spec has '{field.Name}'");
            var value = sample[field.Name]?.DeepClone();
            var single = new JsonObject { [field.Name] = value }.ToJsonString();
            Assert.True(TryReadFast(single, out var order), $"'{field.Name}' ({single}) was handed to the generated reader.");
            Assert.True(order.AdditionalProperties is null, $"'{field.Name}' was not matched to its property.");
            AssertSameAsGenerated(single);
        }
    }

    [Theory]
    [InlineData("""{"id":"218","customer_id":"7"}""")] // numbers as strings (AllowReadingFromString)
    [InlineData("""{"id":null}""")]
    [InlineData("""{"\u0069d":218,"st\u0061tus":"Shipped"}""")] // escaped property names
    [InlineData("""{"id":218,"zz_unknown":{"a":[1,2]},"zz_other":null}""")]
    [InlineData("""{"id":218,"id":219}""")]
    [InlineData("""{"total_inc_tax":12.5,"subtotal_ex_tax":"1,234.50","discount_amount":""}""")]
    [InlineData("""{"total_inc_tax":"abc"}""")]
    [InlineData("""{"total_inc_tax":null}""")]
    [InlineData("""{"date_created":"","date_shipped":null,"date_modified":"Tue, 20 Nov 2012 00:00:00 +0000"}""")]
    [InlineData("""{"date_created":"2012-11-20T00:00:00Z"}""")]
    [InlineData("""{"date_created":"not a date"}""")]
    [InlineData("""{"credit_card_type":null,"payment_provider_id":12}""")]
    [InlineData("""{"credit_card_type":{},"payment_provider_id":"pp_1"}""")]
    [InlineData("""{"status_id":"11","is_deleted":false,"order_is_digital":true}""")]
    [InlineData("""{"status_id":null}""")]
    [InlineData("""{"is_deleted":"false"}""")]
    [InlineData("""{"customer_message":5}""")]
    [InlineData("""{"products":{"url":"u","resource":"/orders/1/products","extra":1},"coupons":null}""")]
    [InlineData("""{"products":"/orders/1/products"}""")]
    [InlineData("""{"billing_address":{"first_name":"A","zz":1,"form_fields":[{"name":"n","value":[1]}]}}""")]
    [InlineData("""{"billing_address":null,"fees":null}""")]
    [InlineData("""{"fees":{"url":"u","resource":"/orders/1/fees"}}""")]
    [InlineData("""{"fees":[]}""")]
    [InlineData("""{"id":2147483648}""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    public void Variants_read_as_the_generated_reader_reads_them(string json) => AssertSameAsGenerated(json);

    private static void AssertSameAsGenerated(JsonNode body) => AssertSameAsGenerated(body.ToJsonString());

    private static void AssertSameAsGenerated(string json)
    {
        var (expected, expectedError) = Read(json, Generated);
        var (actual, actualError) = Read(json, OrderReader.Info);
        Assert.Equal(expectedError, actualError);
        Assert.Equal(expected, actual);
    }

    private static (string? Written, string? Error) Read(string json, JsonTypeInfo<Order> info)
    {
        try
        {
            var order = JsonSerializer.Deserialize(json, info);
            return (order is null ? "null" : JsonSerializer.Serialize(order, Generated), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static string FirstRefused(JsonNode body)
        => body.AsObject().FirstOrDefault(p => !TryReadFast(new JsonObject { [p.Key] = p.Value?.DeepClone() }, out _)) is { Key: { } key } field
            ? $"'{key}': {field.Value?.ToJsonString()}"
            : "no single field";

    private static bool TryReadFast(JsonNode body, out Order order) => TryReadFast(body.ToJsonString(), out order);

    private static bool TryReadFast(string json, out Order order)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return OrderReader.TryRead(ref reader, BigCommerceJsonContext.Default.Options, out order);
    }

    /// <summary>Every order body in the spec's order responses: examples, generated shapes, and each item of a list.</summary>
    private static IEnumerable<(string Label, JsonNode Body)> Orders()
    {
        foreach (var (method, path) in new[] { ("GET", "/v2/orders/{order_id}"), ("POST", "/v2/orders"), ("PUT", "/v2/orders/{order_id}"), ("GET", "/v2/orders") })
        {
            var spec = Specs.Operations.Single(o => o.Method == method && o.Path == path);
            foreach (var response in spec.SuccessResponses())
            {
                var bodies = response.Examples.Where(e => e.Value is not null).Select(e => ($"example '{e.Name}'", e.Value!)).ToList();
                if (response.Schema is { } schema)
                {
                    bodies.AddRange(Enum.GetValues<BodyShape>().Select(shape => (shape.ToString(), BodyGenerator.Generate(spec.Document, schema, shape)!)));
                }

                foreach (var (name, body) in bodies)
                {
                    var items = body is JsonArray list ? list.Select((o, i) => ($"[{i}]", o!)) : [("", body)];
                    foreach (var (index, order) in items)
                    {
                        yield return ($"{method} {path} {response.Status} {name}{index}", order.DeepClone());
                    }
                }
            }
        }
    }
}
