using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core;
using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed record ClaimLine(string Sku, int Quantity, decimal Amount);

public sealed record ClaimDetails(string Carrier, IReadOnlyList<ClaimLine> Lines, bool Insured);

[JsonSerializable(typeof(ClaimDetails))]
[JsonSerializable(typeof(WorkflowVariable))]
public sealed partial class TestJsonContext : JsonSerializerContext;

public sealed class VariableTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private static readonly DateTimeOffset Reported = new(2026, 11, 24, 9, 15, 30, 123, TimeSpan.FromHours(2));

    private static readonly ClaimDetails Details = new("ACME Freight", [new ClaimLine("SKU-1", 3, 19.99m), new ClaimLine("SKU-2", 1, 250m)], true);

    private WorkflowServiceClient Client => host.Client;

    private static WorkflowVariable[] EveryKind() =>
    [
        WorkflowVariable.FromString("text", "Pallet 3 arrived crushed — ünïcödé"),
        WorkflowVariable.FromInt32("count", -42),
        WorkflowVariable.FromInt64("bigCount", 9_000_000_000L),
        WorkflowVariable.FromDouble("amount", 1250.75),
        WorkflowVariable.FromBoolean("insured", true),
        WorkflowVariable.FromDate("reportedAt", Reported),
        WorkflowVariable.FromJson("details", Details, TestJsonContext.Default.ClaimDetails),
        WorkflowVariable.FromString("nothing", null),
    ];

    private static void AssertEveryKind(IReadOnlyList<WorkflowVariable> variables)
    {
        WorkflowVariable Get(string name) => variables.Single(v => v.Name == name);
        Assert.Equal("Pallet 3 arrived crushed — ünïcödé", Get("text").AsString());
        Assert.Equal(-42, Get("count").AsInt32());
        Assert.Equal(9_000_000_000L, Get("bigCount").AsInt64());
        Assert.Equal(1250.75, Get("amount").AsDouble());
        Assert.True(Get("insured").AsBoolean());
        Assert.Equal(Reported, Get("reportedAt").AsDate());
        var details = Get("details").AsJson(TestJsonContext.Default.ClaimDetails)!;
        Assert.Equal(Details.Carrier, details.Carrier);
        Assert.Equal(Details.Lines, details.Lines);
        Assert.True(Get("nothing").IsNull);
        Assert.Null(Get("nothing").AsString());
        Assert.Equal(
            new[] { "string", "integer", "long", "double", "boolean", "date", "json", "string" },
            new[] { "text", "count", "bigCount", "amount", "insured", "reportedAt", "details", "nothing" }.Select(n => Get(n).Type.Value));
    }

    [Fact]
    public async Task Every_kind_round_trips_through_start_and_get()
    {
        var options = new StartProcessOptions { BusinessKey = WorkflowTestHost.NewKey("claim") };
        foreach (var variable in EveryKind())
        {
            options.Variables.Add(variable);
        }

        ProcessInstance started = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, options);
        ProcessInstance read = await Client.ProcessInstances.GetAsync(started.Id);

        AssertEveryKind(started.Variables);
        AssertEveryKind(read.Variables);
    }

    [Fact]
    public async Task Every_kind_round_trips_through_set_variables_and_task_completion()
    {
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = WorkflowTestHost.NewKey("claim") });
        await Client.ProcessInstances.SetVariablesAsync(instance.Id, EveryKind().Take(4));
        await Client.Tasks.CompleteAsync((await Client.OpenTaskAsync(instance.Id)).Id, EveryKind().Skip(4));

        var variables = (await Client.ProcessInstances.GetVariablesAsync(instance.Id)).Value;

        AssertEveryKind(variables);
    }

    [Fact]
    public async Task The_service_date_format_without_offset_colon_is_read()
    {
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = WorkflowTestHost.NewKey("claim") });
        await Client.ProcessInstances.SetVariablesAsync(instance.Id, [WorkflowVariable.FromDate("d", Reported)]);

        WorkflowVariable read = await Client.ProcessInstances.GetVariableAsync(instance.Id, "d");

        Assert.Equal("2026-11-24T07:15:30.123+0000", read.Value.GetString());
        Assert.Equal(Reported, read.AsDate());
    }

    [Fact]
    public async Task A_value_that_does_not_match_its_type_is_rejected_by_the_service()
    {
        var wrong = new WorkflowVariable("count", WorkflowVariableType.Integer, JsonDocument.Parse("\"many\"").RootElement);

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { Variables = { wrong } }));

        Assert.Contains("count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_variable_as_the_wrong_type_is_a_serialization_error()
    {
        var text = WorkflowVariable.FromString("carrier", "ACME");

        var error = Assert.Throws<ConnectorSerializationException>(() => text.AsInt32());

        Assert.Contains("carrier", error.Message, StringComparison.Ordinal);
        Assert.Throws<ConnectorSerializationException>(() => text.AsDate());
        Assert.Throws<ConnectorSerializationException>(() => WorkflowVariable.FromInt32("n", 1).AsBoolean());
    }

    [Fact]
    public void Unknown_types_are_kept_and_exposed_as_json()
    {
        var variable = JsonSerializer.Deserialize(
            """{ "name": "blob", "type": "serializable", "value": { "a": 1 } }""",
            TestJsonContext.Default.WorkflowVariable)!;

        Assert.Equal("serializable", variable.Type.Value);
        Assert.Equal(JsonValueKind.Object, Assert.IsType<JsonElement>(variable.ToObject()).ValueKind);
    }

    [Fact]
    public async Task A_variable_without_a_name_from_the_service_is_a_serialization_error()
    {
        host.Emulator.Faults.Add(Connectors.Emulators.Hosting.Fault.Status(200, """[{"type":"string","value":"x"}]"""), pathContains: "/variables");

        await Assert.ThrowsAsync<ConnectorSerializationException>(() => Client.ProcessInstances.GetVariablesAsync("any"));
    }

    [Theory]
    [InlineData("2020-04-17T10:17:43.902+0000", "2020-04-17T10:17:43.902+00:00")]
    [InlineData("2020-04-17T12:17:43.902+0200", "2020-04-17T10:17:43.902+00:00")]
    [InlineData("2020-04-17T10:17:43Z", "2020-04-17T10:17:43+00:00")]
    [InlineData("2020-04-17T10:17:43.902-05:30", "2020-04-17T15:47:43.902+00:00")]
    public void Dates_with_or_without_an_offset_colon_are_parsed(string text, string expected)
    {
        Assert.True(WorkflowDates.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Non_finite_doubles_are_refused_before_sending()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkflowVariable.FromDouble("x", double.NaN));
    }
}
