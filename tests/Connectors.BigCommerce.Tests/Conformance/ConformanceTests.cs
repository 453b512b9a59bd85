using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>
/// The client against BigCommerce's official OpenAPI files (Conformance/Specs, see SOURCE.md): every route it calls
/// is documented and not deprecated; the query names and request bodies it sends are the documented ones; every
/// response the spec allows (its examples verbatim, and generated bodies with nulls where nullable, each
/// oneOf/anyOf branch, only the required fields, unknown extra fields) is read without an exception and without
/// losing a value.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly OpenApiSpecs Specs = OpenApiSpecs.Official;

    [Fact]
    public void Every_route_in_the_client_routes_table_is_in_the_specs_and_covered_here()
    {
        var table = typeof(BigCommerceClient).Assembly.GetType("Connectors.BigCommerce.BigCommerceRoutes", throwOnError: true)!;
        var paths = new List<string>();
        foreach (var field in table.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            paths.Add("/" + (string)field.GetRawConstantValue()!);
        }

        foreach (var method in table.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(string)))
        {
            paths.Add("/" + (string)method.Invoke(null, method.GetParameters().Select(_ => (object)7).ToArray())!);
        }

        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            Assert.True(Specs.HasPath(path), $"{path} (from BigCommerceRoutes) has no entry in the official specs.");
            Assert.True(ClientRoutes.All.Any(r => r.Spec.Matches(path)), $"{path} (from BigCommerceRoutes) is not covered by the conformance table.");
        }
    }

    public static TheoryData<string> Routes() => [.. ClientRoutes.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Request_uses_a_documented_route_query_names_and_body(string name)
    {
        var route = ClientRoutes.Named(name);
        var spec = route.Spec;
        Assert.False(spec.Deprecated, $"{spec} is deprecated in the spec.");

        var stub = new SpecStub { Body = FirstResponseBody(spec), Status = route.Returned is null ? 204 : 200 };
        await using var provider = SpecStub.Client(stub);
        await route.Call(provider.GetRequiredService<BigCommerceClient>(), stub.Body);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(spec.Method, request.Method);
        Assert.True(spec.Matches(request.Path), $"{request.Method} {request.Path} is not {spec}.");
        var documented = spec.QueryParameterNames.ToHashSet();
        var undocumented = request.QueryNames.Where(q => !documented.Contains(q)).ToList();
        Assert.True(undocumented.Count == 0, $"{spec}: query parameters not in the spec: {string.Join(", ", undocumented)} (documented: {string.Join(", ", documented)}).");

        if (spec.RequestSchema is { } schema)
        {
            Assert.NotNull(request.Body);
            var problems = SchemaRules.Validate(spec.Document, schema, request.Body);
            Assert.True(problems.Count == 0, $"{spec}: the request body {request.Body.ToJsonString()} does not conform:\n{string.Join("\n", problems)}");
        }
        else
        {
            Assert.Null(request.Body);
        }
    }

    public static TheoryData<string, string> Responses()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in ClientRoutes.All.Where(r => r.Returned is not null && r.ResponseAsIn is null))
        {
            foreach (var response in route.Spec.SuccessResponses())
            {
                foreach (var (example, _) in response.Examples)
                {
                    data.Add(route.Name, $"{response.Status} example '{example}'");
                }

                foreach (var shape in Enum.GetValues<BodyShape>())
                {
                    if (response.Schema is { } schema && BodyGenerator.Differs(route.Spec.Document, schema, shape))
                    {
                        data.Add(route.Name, $"{response.Status} generated {shape}");
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_the_spec_allows_is_read_without_losing_a_value(string name, string variant)
    {
        var route = ClientRoutes.Named(name);
        var body = Body(route.Spec, variant);

        var stub = new SpecStub { Body = body };
        await using var provider = SpecStub.Client(stub);
        var client = provider.GetRequiredService<BigCommerceClient>();
        if (!Documents(route.Spec, variant))
        {
            // The spec documents an empty object here (e.g. 201 {} for a product update): no value to lose, and no
            // model to return; the client says so with its typed error, not a JSON or null-reference exception.
            await Assert.ThrowsAsync<ConnectorSerializationException>(() => route.Call(client, body));
            return;
        }

        var returned = await route.Call(client, body);

        var losses = ValueLoss.Find(route.Returned!(body), Written(returned))
            .Where(l => !l.Contains(BodyGenerator.UnknownField, StringComparison.Ordinal))
            .ToList();
        Assert.True(losses.Count == 0, $"{route.Spec} {variant}:\n{string.Join("\n", losses)}");
    }

    private static JsonNode? Body(SpecOperation spec, string variant)
    {
        var status = variant.Split(' ')[0];
        var response = spec.SuccessResponses().Single(r => r.Status == status);
        if (variant.Contains(" example '", StringComparison.Ordinal))
        {
            var name = variant[(variant.IndexOf('\'') + 1)..^1];
            return response.Examples.Single(e => e.Name == name).Value?.DeepClone();
        }

        var shape = Enum.Parse<BodyShape>(variant.Split(' ')[^1]);
        return BodyGenerator.Generate(spec.Document, response.Schema!, shape);
    }

    /// <summary>Whether the response schema of <paramref name="variant"/> documents any property or item.</summary>
    private static bool Documents(SpecOperation spec, string variant)
    {
        var response = spec.SuccessResponses().Single(r => r.Status == variant.Split(' ')[0]);
        if (response.Schema is null)
        {
            return false;
        }

        var schema = SchemaRules.Effective(spec.Document, response.Schema);
        return schema["properties"] is not JsonObject { Count: 0 } || SchemaRules.Branches(schema) is not null;
    }

    private static JsonNode? FirstResponseBody(SpecOperation spec)
        => spec.SuccessResponses().FirstOrDefault() is { Schema: { } schema } ? BodyGenerator.Generate(spec.Document, schema, BodyShape.Full) : null;

    /// <summary>The client's value written back to JSON with its own serializer settings.</summary>
    private static JsonNode? Written(object? value)
    {
        var options = BigCommerceJsonContext.Default.Options;
        return value switch
        {
            null => null,
            IList list => new JsonArray([.. list.Cast<object?>().Select(Written)]),
            _ => JsonSerializer.SerializeToNode(value, value.GetType(), options),
        };
    }
}
