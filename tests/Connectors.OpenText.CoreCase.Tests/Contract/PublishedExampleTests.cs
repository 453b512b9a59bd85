using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.CoreCase;
using Connectors.Tests.Shared;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Connectors.OpenText.CoreCase.Tests.Contract;

/// <summary>
/// OpenText's published Core Case examples (Vendor/, see SOURCE.md): every published request is made by the client and
/// recorded on the wire (method, path, content type, body compared with the file); every published shape is parsed
/// with its values asserted; and the emulator accepts every published request.
/// </summary>
public sealed class PublishedExampleTests
{
    private const string BaseUrl = "https://ccm.example.opentext.com/";
    private const string Definition = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";
    private const string EditedCase = "urn:uuid:5457c6e8-8d92-9b9c-c48a-1bd783ab23a4";

    private static JsonObject Vendor(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", file)))!.AsObject();

    /// <summary>The published create body, as a caller fills <see cref="CreateCaseOptions"/> for it.</summary>
    private static CreateCaseOptions CaseInstance1()
    {
        var options = new CreateCaseOptions
        {
            CaseDefinitionId = Definition,
            CaseConfigId = "b3177d3f-cf65-4f61-91aa-e85a1546ec30",
            Title = "Case Instance Example",
            Summary = "This is an example case instance",
        };
        options.Attributes["clientName"] = "Bob";
        return options;
    }

    private static (CoreCaseClient Client, RecordingHandler Wire) Rig(Func<RecordedRequest, HttpResponseMessage> answer)
    {
        var wire = new RecordingHandler(answer);
        var options = new CoreCaseClientOptions { BaseAddress = new Uri(BaseUrl) };
        var http = new HttpClient(wire) { BaseAddress = options.GetBaseAddress() };
        return (new CoreCaseClient(http, options), wire);
    }

    private static HttpResponseMessage Created(string caseId) => RecordingHandler.Json(
        new JsonObject
        {
            ["id"] = caseId,
            ["caseType"] = new JsonObject { ["id"] = Definition },
            ["caseProperties"] = new JsonObject { ["defaultAttributes"] = new JsonObject { ["caseTitle"] = "Case Instance Example" } },
        }.ToJsonString(),
        HttpStatusCode.Created);

    [Fact]
    public async Task Create_Case_sends_caseinstance1_json_to_the_definitions_cases()
    {
        var (client, wire) = Rig(_ => Created("case-1"));

        CaseInstance created = await client.Cases.CreateAsync(CaseInstance1());

        var sent = Assert.Single(wire.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal($"/api/v1/case-definitions/{Definition}/cases", sent.Uri.AbsolutePath);
        Assert.Empty(sent.Query);
        Assert.StartsWith("application/json", sent.Header("Content-Type"), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(Vendor("caseinstance1.json"), JsonNode.Parse(sent.BodyText)), sent.BodyText);
        Assert.Equal(new CaseRef(Definition, "case-1"), created.Ref);
    }

    [Fact]
    public async Task Create_Case_with_Attachments_sends_caseinstance1_json_and_the_files_as_one_form()
    {
        var (client, wire) = Rig(_ => Created("case-2"));
        var pdf = Encoding.UTF8.GetBytes("%PDF-1.7 evidence");

        await client.Cases.CreateWithAttachmentsAsync(CaseInstance1(), [new CaseFile("evidence.pdf", "application/pdf", new MemoryStream(pdf))]);

        var sent = Assert.Single(wire.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal($"/api/v1/case-definitions/{Definition}/cases", sent.Uri.AbsolutePath);
        var parts = await PartsAsync(sent);
        Assert.Equal(2, parts.Count);
        Assert.Equal(("caseInstance", "application/json"), (parts[0].Name, parts[0].ContentType));
        Assert.True(JsonNode.DeepEquals(Vendor("caseinstance1.json"), JsonNode.Parse(parts[0].Body)));
        Assert.Equal(("file", "evidence.pdf", "application/pdf"), (parts[1].Name, parts[1].FileName, parts[1].ContentType));
        Assert.Equal(pdf, parts[1].Body);
    }

    [Fact]
    public async Task Edit_Case_Data_puts_the_published_body_to_case_data_never_a_patch()
    {
        var published = Vendor("edit-case-data.request.json");
        var caseRef = new CaseRef(Definition, EditedCase);
        // The case as it stands holds the published data; the client reads it, applies the (empty) change and puts it back.
        var (client, wire) = Rig(r => r.Method == "GET" ? RecordingHandler.Json(published.ToJsonString()) : RecordingHandler.Json("{}"));

        await client.Cases.UpdateAsync(caseRef, new UpdateCaseOptions());

        var put = wire.Requests.Single(r => r.Method == "PUT");
        Assert.Equal($"/api/v1/case-definitions/{Definition}/cases/{Uri.EscapeDataString(EditedCase)}/case-data", put.Uri.AbsolutePath);
        Assert.True(JsonNode.DeepEquals(published, JsonNode.Parse(put.BodyText)), put.BodyText);
        Assert.DoesNotContain(wire.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task Edit_Case_Data_with_a_change_sends_the_published_body_plus_the_change()
    {
        var published = Vendor("edit-case-data.request.json");
        var (client, wire) = Rig(r => r.Method == "GET" ? RecordingHandler.Json(published.ToJsonString()) : RecordingHandler.Json("{}"));

        await client.Cases.UpdateAsync(new CaseRef(Definition, EditedCase), new UpdateCaseOptions { Title = "Renamed", Attributes = { ["clientName"] = "Bob" } });

        var expected = published.DeepClone();
        expected["caseProperties"]!["defaultAttributes"]!["caseTitle"] = "Renamed";
        expected["caseProperties"]!["defaultAttributes"]!["clientName"] = "Bob";
        var put = wire.Requests.Single(r => r.Method == "PUT");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(put.BodyText)), put.BodyText);
    }

    [Fact]
    public async Task The_published_case_data_parses_with_its_identities_dates_and_ids()
    {
        var (client, _) = Rig(_ => RecordingHandler.Json(Vendor("edit-case-data.request.json").ToJsonString()));

        CaseInstance read = await client.Cases.GetAsync(new CaseRef(Definition, EditedCase));

        Assert.Equal(new CaseRef(Definition, EditedCase), read.Ref); // the id from defaultAttributes.id, the definition from the path
        Assert.Equal(new DateTimeOffset(2003, 8, 4, 3, 37, 26, 578, TimeSpan.Zero), read.CreatedOn);
        Assert.Equal(new DateTimeOffset(1974, 4, 16, 14, 30, 15, 638, TimeSpan.Zero), read.LastUpdatedOn);
        Assert.Equal("948de79e-c701-521a-94e9-d3a3960fbcad", read.CreatedBy!.Id);
        Assert.Equal("urn:uuid:c9fd94d9-7576-45fa-88fc-b7434bb7597d", read.CreatedBy.EtsUuid);
        Assert.Equal(CaseIdentityType.User, read.CreatedBy.Type);
        Assert.Equal(("aliquip exercitation nisi", "aute dolore dolor", "do elit fugiat"), (read.CreatedBy.FirstName, read.CreatedBy.LastName, read.CreatedBy.Email));
        Assert.Equal("urn:uuid:40d041c8-b1a7-e592-eec0-9a5d674ec62e", read.LastUpdatedBy!.Id);
        Assert.Equal(CaseIdentityType.FunctionalRole, read.LastUpdatedBy.Type);
        Assert.Empty(read.Attributes); // every published field is modelled
        Assert.Null(read.Status);      // not in the published shape
    }

    private static string CaseCreatedOn(string createdOn)
        => "{\"id\":\"c-1\",\"caseType\":{\"id\":\"" + Definition + "\"},\"caseProperties\":{\"defaultAttributes\":{\"createdOn\":\"" + createdOn + "\"}}}";

    [Theory]
    [InlineData("2021-01-12T16:09:09.193+0000", 0)]  // the forum examples (Jackson, no colon)
    [InlineData("2021-01-12T21:39:09.193+0530", 330)]
    [InlineData("2021-01-12T10:39:09.193-0530", -330)]
    [InlineData("2021-01-12T16:09:09.193Z", 0)]      // the case-data example (ISO 8601)
    [InlineData("2021-01-12T16:09:09.193\\u002B0000", 0)] // an escaped '+' is still a date
    public async Task Both_published_date_forms_parse_to_the_same_instant(string createdOn, int offsetMinutes)
    {
        var (client, _) = Rig(_ => RecordingHandler.Json(CaseCreatedOn(createdOn)));

        CaseInstance read = await client.Cases.GetAsync(new CaseRef(Definition, "c-1"));

        Assert.Equal(new DateTimeOffset(2021, 1, 12, 16, 9, 9, 193, TimeSpan.Zero), read.CreatedOn);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), read.CreatedOn.Offset);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2021-13-45T99:09:09.193+0000")]
    [InlineData("")]
    public async Task A_date_that_is_no_date_is_a_typed_error(string createdOn)
    {
        var (client, _) = Rig(_ => RecordingHandler.Json(CaseCreatedOn(createdOn)));

        var error = await Assert.ThrowsAsync<ConnectorSerializationException>(() => client.Cases.GetAsync(new CaseRef(Definition, "c-1")));
        Assert.Contains("date-time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_definition_dto_parses_with_its_values()
    {
        var (client, wire) = Rig(_ => RecordingHandler.Json(Vendor("CaseInstanceDTO.json").ToJsonString()));

        CaseDefinition definition = await client.CaseDefinitions.GetAsync(Definition);

        Assert.Equal($"/api/v1/case-definitions/{Definition}", Assert.Single(wire.Requests).Uri.AbsolutePath);
        Assert.Equal(Definition, definition.Id);
        Assert.Equal("Example Case", definition.Name);
        Assert.Equal("This is an example case", definition.Description);
        Assert.Equal("Enterprise", definition.Classification);
        Assert.Equal(("pre", "suf"), (definition.CaseNumberPrefix, definition.CaseNumberSuffix));
        Assert.Null(definition.DefaultAssignee);
        Assert.Null(definition.DefaultAssigneeGroup);
        Assert.Empty(definition.Stages);
    }

    [Fact]
    public async Task The_emulator_accepts_every_published_request()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();
        var cases = $"case-definitions/{CoreCaseState.DefaultCaseDefinitionId}/cases";

        using var created = await http.PostAsync(cases, new StringContent(Vendor("caseinstance1.json").ToJsonString(), Encoding.UTF8, "application/json"));
        var caseId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Vendor("caseinstance1.json").ToJsonString(), Encoding.UTF8, "application/json"), "caseInstance", "caseinstance1.json" },
            { new ByteArrayContent("%PDF"u8.ToArray()) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf") } }, "file", "evidence.pdf" },
        };
        using var withAttachments = await http.PostAsync(cases, form);
        var withAttachmentsId = (await withAttachments.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var edited = await http.PutAsync($"{cases}/{caseId}/case-data", new StringContent(Vendor("edit-case-data.request.json").ToJsonString(), Encoding.UTF8, "application/json"));
        using var definition = await http.GetAsync($"case-definitions/{CoreCaseState.DefaultCaseDefinitionId}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withAttachments.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, definition.StatusCode);
        var stored = emulators.CoreCase.State.FindCase(caseId)!;
        Assert.Equal("Case Instance Example", stored.Attributes["caseTitle"]!.GetValue<string>());
        Assert.Equal("Bob", stored.Attributes["clientName"]!.GetValue<string>());
        Assert.NotEqual("esse tempor culpa commodo", stored.CreatedBy.Id); // the service's audit fields are not taken from a client
        Assert.Equal("evidence.pdf", Assert.Single(emulators.CoreCase.State.FindCase(withAttachmentsId)!.Attachments).FileName);
    }

    private static async Task<List<(string Name, string? FileName, string? ContentType, byte[] Body)>> PartsAsync(RecordedRequest sent)
    {
        var boundary = HeaderUtilities.RemoveQuotes(Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(sent.Header("Content-Type")).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(sent.Body!));
        var parts = new List<(string, string?, string?, byte[])>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var body = new MemoryStream();
            await section.Body.CopyToAsync(body);
            parts.Add((HeaderUtilities.RemoveQuotes(disposition.Name).Value!, HeaderUtilities.RemoveQuotes(disposition.FileName).Value, section.ContentType, body.ToArray()));
        }

        return parts;
    }
}
