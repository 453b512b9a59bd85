using Connectors.Core;
using Connectors.Tests.Shared;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>
/// How a case body is read (the hand-written reader, Internal/CaseWireConverter): where the id, the definition and the
/// dates may sit, what is kept, what is skipped, and which bodies are typed errors instead of a half-read case.
/// </summary>
public sealed class CaseReadingTests
{
    private const string PathDefinition = "from-path";

    private static async Task<CaseInstance> ReadAsync(string body)
        => (await Client(body).Cases.GetAsync(new CaseRef(PathDefinition, "c-1"))).Value;

    private static CoreCaseClient Client(string body)
    {
        var options = new CoreCaseClientOptions { BaseAddress = new Uri("https://ccm.example.opentext.com/") };
        var http = new HttpClient(new RecordingHandler(_ => RecordingHandler.Json(body))) { BaseAddress = options.GetBaseAddress() };
        return new CoreCaseClient(http, options);
    }

    [Theory]
    [InlineData("""{"id":"c-1","caseType":{"id":"top"},"caseDefinitionId":"field","caseProperties":{"defaultAttributes":{"caseType":{"id":"inner"}}}}""", "top")]
    [InlineData("""{"id":"c-1","caseDefinitionId":"field","caseProperties":{"defaultAttributes":{"caseType":{"id":"inner"}}}}""", "field")]
    [InlineData("""{"caseProperties":{"defaultAttributes":{"id":"c-1","caseType":{"id":"inner"}}}}""", "inner")]
    [InlineData("""{"id":"c-1","caseType":null,"caseProperties":{"defaultAttributes":{}}}""", PathDefinition)]
    public async Task The_definition_is_taken_from_the_body_first_then_from_the_path(string body, string definition)
    {
        var read = await ReadAsync(body);

        Assert.Equal(new CaseRef(definition, "c-1"), read.Ref);
    }

    [Fact]
    public async Task Every_modelled_field_is_read_and_the_rest_of_the_attributes_is_kept()
    {
        var read = await ReadAsync("""
            {"id":"c-1","caseType":{"id":"d","name":"Disputes","stages":[{"id":"s"}]},"caseConfigId":"cfg","caseNumber":"CASE-7",
             "status":"OPEN","unknownTop":{"deep":[1,2]},"assignee":{"id":"ops","caseIdentityType":"Team"},
             "caseProperties":{"defaultAttributes":{"caseTitle":"Late order","summary":"s","priority":"HIGH","category":"billing",
               "dueDate":"2026-12-24T00:00:00.000+0000","createdOn":"2026-12-01T10:00:00.000+0000","createdBy":"jdoe",
               "createdByUser":{"id":"jdoe","caseIdentityType":"User","firstName":"Jane","extra":true},
               "lastUpdatedByUser":{"caseIdentityType":"User"},
               "externalReferences":[{"system":"bigcommerce","id":"100","note":"x"},{"id":"only-id"}],
               "clientName":"Bob","orderTotal":125.5,"tags":null},
             "customAttributes":{"region":"EU"}}}
            """);

        Assert.Equal(("Disputes", "cfg", "CASE-7"), (read.CaseDefinitionName, read.CaseConfigId, read.CaseNumber));
        Assert.Equal(CaseStatus.Open, read.Status);
        Assert.Equal(("Late order", "s", "billing"), (read.Title, read.Summary, read.Category));
        Assert.Equal(new CasePriority("HIGH"), read.Priority);
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.Zero), read.DueDate);
        Assert.Equal(read.CreatedOn, read.LastUpdatedOn); // no lastUpdatedOn: the creation
        Assert.Equal(new CaseIdentity("ops", new CaseIdentityType("Team")), read.Assignee);
        Assert.Equal(("jdoe", "Jane"), (read.CreatedBy!.Id, read.CreatedBy.FirstName));
        Assert.Null(read.LastUpdatedBy); // an identity without an id is none
        Assert.Equal([new ExternalReference("bigcommerce", "100"), new ExternalReference(string.Empty, "only-id")], read.ExternalReferences);
        Assert.Equal(["clientName", "orderTotal", "tags"], read.Attributes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(125.5m, read.Attributes["orderTotal"].GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Attributes["tags"].ValueKind);
        Assert.Equal("EU", read.CustomAttributes["region"].GetString());
    }

    [Fact]
    public async Task Absent_and_null_parts_leave_the_defaults()
    {
        var read = await ReadAsync("""{"id":"c-1","status":"","caseProperties":{"defaultAttributes":null,"customAttributes":null},"assignee":null}""");

        Assert.Equal((string.Empty, (CaseStatus?)null, (CaseIdentity?)null), (read.Title, read.Status, read.Assignee));
        Assert.Empty(read.Attributes);
        Assert.Empty(read.CustomAttributes);
        Assert.Empty(read.ExternalReferences);
        Assert.Equal(default, read.CreatedOn);
    }

    [Theory]
    [InlineData("""{"id":5}""", "Expected a string")]
    [InlineData("""{"id":"c-1","caseProperties":{"defaultAttributes":{"caseTitle":["a"]}}}""", "Expected a string")]
    [InlineData("""{"id":"c-1","caseType":"d"}""", "caseType")]
    [InlineData("""{"id":"c-1","caseProperties":[]}""", "caseProperties")]
    [InlineData("""{"id":"c-1","caseProperties":{"defaultAttributes":{"externalReferences":["x"]}}}""", "external reference")]
    [InlineData("""{"id":"c-1","assignee":"ops"}""", "identity")]
    [InlineData("""["c-1"]""", "a case")]
    [InlineData("""{"caseType":{"id":"d"}}""", "'id'")]
    public async Task A_body_of_another_shape_is_a_typed_error_never_a_half_read_case(string body, string expected)
    {
        var error = await Assert.ThrowsAsync<ConnectorSerializationException>(() => ReadAsync(body));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
