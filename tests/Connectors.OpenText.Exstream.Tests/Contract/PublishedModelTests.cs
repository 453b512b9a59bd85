using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.OpenText.Exstream.Tests.Contract;

/// <summary>
/// The answers OpenText publishes, fed to the client's parsers with values asserted: every field of every response and
/// error model of OpenText's Java SDK (read from Vendor/sdk, each given a value of its Java type) comes out of the client
/// with that value, and every DAS record of OpenText's export packages (Vendor/das-export) is kept whole, unknown fields
/// included. The fields the collection's test scripts read are checked by name.
/// </summary>
public sealed class PublishedModelTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Every_field_of_a_DasDomain_comes_out_of_the_domain_list()
    {
        var domain = JavaModel.Example("DasDomain");
        await using var rig = Rig.Answering(Page(domain));

        var read = Assert.Single(await rig.Client.Design.ListDomainsAsync().ToListAsync());

        AssertEveryField("DasDomain", domain, read);
        Assert.Contains(Script("Get a list of domains from DAS"), l => l.Contains("jsonData.data[domain][\"id\"]", StringComparison.Ordinal));
        Assert.Equal(domain["id"]!.GetValue<string>(), read.Id);
    }

    [Fact]
    public async Task Every_field_of_a_DasResourceVersion_comes_out_of_the_resource_list_with_typed_values()
    {
        var resource = JavaModel.Example("DasResourceVersion");
        await using var rig = Rig.Answering(Page(resource));

        var read = Assert.Single(await rig.Client.Design.ListResourcesAsync(ResourceQuery.ApprovedCommunications).ToListAsync());

        AssertEveryField("DasResourceVersion", resource, read);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(resource["createdDate"]!.GetValue<long>()), read.CreatedDate);
        Assert.Equal(new ResourceType(resource["type"]!.GetValue<string>()), read.Type);
        Assert.Equal(new ResourceState(resource["state"]!.GetValue<string>()), read.State);
        Assert.Equal(resource["metadata"]!["subtype"]!.GetValue<string>(), read.Subtype);
    }

    [Fact]
    public async Task Every_field_of_a_DasLink_comes_out_of_the_link_list()
    {
        var link = JavaModel.Example("DasLink");
        await using var rig = Rig.Answering(Page(link));

        var read = Assert.Single(await rig.Client.Design.ListLinksAsync(new LinkQuery { SubjectId = "e0421aa8-c1ce-41d9-a10a-cb830ebd4beb", Depth = 2 }).ToListAsync());

        AssertEveryField("DasLink", link, read);
        Assert.Equal(new ResourceType(link["typeId"]!.GetValue<string>()), read.TypeId);
    }

    [Fact]
    public async Task Every_field_of_a_DasManifest_with_its_data_sources_and_queues_comes_out_of_the_manifest_read()
    {
        var manifest = JavaModel.Example("DasManifest");
        await using var rig = Rig.Answering(manifest.ToJsonString()); // not enveloped: the collection's script reads jsonData.dsnlist

        var read = (await rig.Client.Design.GetCommunicationSetManifestAsync("619bd602-05de-4c30-829b-7ed074263dff")).Value;

        AssertEveryField("DasManifest", manifest, read);
        AssertEveryField("DasDataSource", manifest["dsnlist"]![0]!.AsObject(), read.DataSources[0]);
        AssertEveryField("DasQueue", manifest["queueList"]![0]!.AsObject(), read.Queues[0]);
        Assert.Contains(Script("Get the driver name for a communication set from DAS"), l => l.Contains("jsonData.dsnlist.length", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_field_of_an_OrchestrationResponseData_comes_out_of_the_full_response_decoded()
    {
        var output = JavaModel.Example("OrchestrationResponseData");
        await using var rig = Rig.Answering(new JsonObject { ["status"] = "success", ["details"] = null, ["data"] = new JsonArray(output.DeepClone()) }.ToJsonString());

        var document = Assert.Single((await rig.Client.Communications.GenerateAsync(OnDemand())).Value);

        Assert.Equal(Convert.FromBase64String(output["content"]!.GetValue<string>()), document.Content.ToArray());
        Assert.Equal(output["mimeType"]!.GetValue<string>(), document.MimeType);
        AssertEveryField("EngineOutputContext", output["engineOutputContext"]!.AsObject(), document.Context!);
        Assert.Equal(["content", "mimeType", "engineOutputContext"], JavaModel.Fields("OrchestrationResponseData").Select(f => f.Name));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.OK)] // status "error" in a 2xx answer is an engine failure too
    public async Task Every_field_of_an_OrchestrationErrorData_comes_out_of_the_engine_exception(HttpStatusCode status)
    {
        var error = JavaModel.Example("OrchestrationErrorData");
        error["statusCode"] = "401";
        var body = new JsonObject { ["status"] = "error", ["data"] = new JsonArray(error.DeepClone()) }.ToJsonString();
        await using var rig = Rig.Answering(body, status);

        var thrown = await Assert.ThrowsAsync<ExstreamEngineException>(() => rig.Client.Communications.GenerateAsync(OnDemand()));

        AssertEveryField("OrchestrationErrorData", error, Assert.Single(thrown.EngineErrors));
        Assert.Equal(("401", error["errorMessage"]!.GetValue<string>(), (int)status), (thrown.ErrorCode, thrown.VendorMessage, thrown.Status));
        Assert.Contains("empowerUser", thrown.Message, StringComparison.Ordinal); // OpenText's SDK hint for 401
        Assert.False(thrown.IsTransient);
        Assert.Equal(ExstreamClient.SystemName, thrown.System);
    }

    [Fact]
    public async Task The_engine_error_shape_is_read_by_the_error_parser_for_calls_through_the_escape_hatch()
    {
        var error = JavaModel.Example("OrchestrationErrorData");
        await using var rig = Rig.Answering(new JsonObject { ["status"] = "error", ["data"] = new JsonArray(error.DeepClone()) }.ToJsonString(), HttpStatusCode.BadRequest);

        var thrown = await Assert.ThrowsAsync<ConnectorValidationException>(() => rig.Client.SendAsync(ApiRequest.Post("orchestration/api/v1/inputs/ondemand/Testdomain/generate")));

        Assert.Equal(error["statusCode"]!.GetValue<string>(), thrown.ErrorCode);
        Assert.Contains(error["errorMessage"]!.GetValue<string>(), thrown.VendorMessage, StringComparison.Ordinal);
        Assert.Contains(error["engineOutputContext"]!["queueName"]!.GetValue<string>(), thrown.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_failure_reported_with_a_server_status_is_transient()
    {
        var body = """{"status":"error","data":[{"errorMessage":"Engine busy","statusCode":"503","engineOutputContext":{"queueName":"PDF Queue","fileName":null,"customerNumber":"1"}}]}""";
        await using var rig = Rig.Answering(body, HttpStatusCode.InternalServerError);

        var thrown = await Assert.ThrowsAsync<ExstreamEngineException>(() => rig.Client.Communications.GeneratePdfAsync(OnDemand()));

        Assert.True(thrown.IsTransient);
        Assert.Equal("503", thrown.ErrorCode);
        Assert.Equal("PDF Queue", thrown.EngineErrors[0].EngineOutputContext!.QueueName);
    }

    [Fact]
    public async Task The_statusCode_of_an_engine_error_may_be_a_number()
    {
        await using var rig = Rig.Answering("""{"status":"error","data":[{"errorMessage":"Bad data","statusCode":400}]}""", HttpStatusCode.BadRequest);

        var thrown = await Assert.ThrowsAsync<ExstreamEngineException>(() => rig.Client.Communications.GenerateAsync(OnDemand()));

        Assert.Equal("400", thrown.ErrorCode);
    }

    [Fact]
    public async Task The_EmpowerOutputChannelContent_answer_is_the_document_id()
    {
        var content = JavaModel.Example("EmpowerOutputChannelContent");
        await using var rig = Rig.Answering(content.ToJsonString());

        var document = (await rig.Client.Communications.GenerateEmpowerDocumentAsync(OnDemand(empowerUser: "tenantadminusername"))).Value;

        Assert.Equal(content["documentId"]!.GetValue<string>(), document.DocumentId);
        Assert.Contains(Script("Generate Empower document using Orchestration - Document ID only"), l => l.Contains("pm.response.json().documentId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_the_full_response_an_Empower_output_carries_the_document_id_as_base64_JSON()
    {
        // OpenText's SDK: "Example: {"documentId":"96d688ff-74df-43f6-8868-be64c04c2a23"}", base64 in the output's content.
        var content = Convert.ToBase64String("""{"documentId":"96d688ff-74df-43f6-8868-be64c04c2a23"}"""u8.ToArray());
        await using var rig = Rig.Answering($$$"""{"status":"success","details":null,"data":[{"content":"{{{content}}}","mimeType":"application/json","engineOutputContext":{"queueName":"Empower","fileName":"Claim Estimate Letter","customerNumber":"1"}}]}""");

        var document = Assert.Single((await rig.Client.Communications.GenerateAsync(OnDemand(empowerUser: "tenantadminusername"))).Value);

        Assert.Equal("96d688ff-74df-43f6-8868-be64c04c2a23", document.EmpowerDocumentId);
    }

    [Fact]
    public async Task Every_field_of_an_ExstreamErrorResponse_comes_out_of_the_typed_error()
    {
        var error = JavaModel.Example("ExstreamErrorResponse");
        error["status"] = 404;
        await using var rig = Rig.Answering(error.ToJsonString(), HttpStatusCode.NotFound);

        var thrown = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => rig.Client.Design.GetCommunicationSetManifestAsync("no-such-set"));

        Assert.Equal(error["errorCode"]!.ToJsonString(), thrown.ErrorCode);
        Assert.Contains(error["message"]!.GetValue<string>(), thrown.VendorMessage, StringComparison.Ordinal);
        Assert.Contains(error["details"]!.GetValue<string>(), thrown.VendorMessage, StringComparison.Ordinal);
        Assert.Equal(404, thrown.Status);
        Assert.Equal(["timestamp", "status", "message", "error", "details", "errorCode", "path"], JavaModel.Fields("ExstreamErrorResponse").Select(f => f.Name));
    }

    [Fact]
    public async Task A_SimplePage_drives_the_paging_by_0_based_page_index()
    {
        var requests = new List<RecordedRequest>();
        await using var rig = Rig.Answering(request =>
        {
            requests.Add(request);
            var index = int.Parse(request.Query.Single(q => q.Key == "offset").Value, System.Globalization.CultureInfo.InvariantCulture);
            var page = JavaModel.Example("SimplePage");
            (page["pageSize"], page["pageOffset"], page["totalElements"], page["totalPages"], page["currentPageNumber"]) = (2, index * 2, 3, 2, index);
            var items = new JsonArray([.. Enumerable.Range(index * 2, index == 0 ? 2 : 1).Select(i => (JsonNode)new JsonObject { ["id"] = $"r-{i}", ["type"] = "exstrapplication" })]);
            return RecordingHandler.Json(new JsonObject { ["status"] = "success", ["data"] = items, ["page"] = page }.ToJsonString());
        });

        var pages = new List<Page<DesignResource>>();
        await foreach (var page in rig.Client.Design.ListResourcesAsync().AsPages(pageSizeHint: 2))
        {
            pages.Add(page);
        }

        Assert.Equal(["r-0", "r-1", "r-2"], pages.SelectMany(p => p.Values).Select(r => r.Id));
        Assert.Equal(["0", "1"], requests.Select(r => r.Query.Single(q => q.Key == "offset").Value)); // a page index, not an item offset
        Assert.All(requests, r => Assert.Equal("2", r.Query.Single(q => q.Key == "count").Value));
        Assert.Equal(3, pages[0].TotalCount);
        Assert.Equal(["pageSize", "pageOffset", "totalElements", "totalPages", "currentPageNumber"], JavaModel.Fields("SimplePage").Select(f => f.Name));
    }

    [Fact]
    public async Task The_fulfilment_body_is_the_EmpowerFulfillmentRequestBody()
    {
        await using var rig = Rig.Answering("""{"status":"success","data":[]}""");

        await rig.Client.Communications.FulfillAsync(new FulfillmentRequest { CommunicationId = "21f9a9fe-b363-4f32-8303-6a8bf5f7009e", DriverDataSource = "EmpowerFulfillmentDriver", DocumentIds = ["d-1", "d-2"] });

        var body = JsonNode.Parse(Assert.Single(rig.Api.Requests).BodyText)!.AsObject();
        Assert.Equal(JavaModel.Fields("EmpowerFulfillmentRequestBody").Select(f => f.Name), body.Select(p => p.Key));
        Assert.Equal(["d-1", "d-2"], body["documents"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("false", Assert.Single(rig.Api.Requests).Header("preserveDocuments"));
    }

    [Fact]
    public void The_named_resource_types_and_states_are_the_SDK_enum_constants()
    {
        var types = JavaModel.EnumConstants("ResourceType");
        var states = JavaModel.EnumConstants("WorkflowState");

        Assert.Equal(43, types.Count);
        Assert.All(
            new[] { ResourceType.Communication, ResourceType.CommunicationSet, ResourceType.SampleFile, ResourceType.DataSource, ResourceType.OutputQueue, ResourceType.Output, ResourceType.Document, ResourceType.VersionedTemplate },
            t => Assert.Contains(t.Value, types));
        Assert.Equal(states, new[] { ResourceState.Draft, ResourceState.Review, ResourceState.Approved, ResourceState.Rejected }.Select(s => s.Value));
    }

    public static TheoryData<string> ExportRecords()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Vendor", "das-export"), "*.json").Where(f => !f.EndsWith("-links.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExportRecords))]
    public async Task Every_DAS_record_of_the_export_packages_is_read_whole(string file)
    {
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "das-export", file)))!.AsObject();
        await using var rig = Rig.Answering(Page(record));

        var read = Assert.Single(await rig.Client.Design.ListResourcesAsync().ToListAsync());

        var back = JsonSerializer.SerializeToNode(read, Web)!.AsObject();
        foreach (var (name, value) in record)
        {
            Assert.True(JsonNode.DeepEquals(value, back[name]), $"{file}: {name} = {value?.ToJsonString()} came back as {back[name]?.ToJsonString()}");
        }

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(record["lastModifiedDate"]!.GetValue<long>()), read.LastModifiedDate);
        Assert.Equal((record["id"]!.GetValue<string>(), record["version"]!.GetValue<int>(), record["name"]!.GetValue<string>()), (read.Id, read.Version, read.Name));
        Assert.Null(read.AdditionalData); // every field DAS writes is typed: no extension data per record
    }

    [Fact]
    public async Task Every_link_of_an_export_package_is_read()
    {
        var links = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "das-export", "claim-estimate-letter-links.json")))!.AsArray();
        await using var rig = Rig.Answering(new JsonObject { ["status"] = "success", ["data"] = links.DeepClone() }.ToJsonString());

        var read = await rig.Client.Design.ListLinksAsync(new LinkQuery { SubjectId = "243611df-7f67-4816-b1c7-5f6617d5afa1" }).ToListAsync();

        Assert.Equal(links.Count, read.Count);
        Assert.Equal(
            links.Select(l => (l!["linkSubjectId"]!.GetValue<string>(), l["subjectVersion"]!.GetValue<int>(), l["linkObjectId"]!.GetValue<string>())),
            read.Select(l => (l.LinkSubjectId, l.SubjectVersion, l.LinkObjectId)));
    }

    private static void AssertEveryField(string model, JsonObject published, object read)
    {
        var back = JsonSerializer.SerializeToNode(read, read.GetType(), Web)!.AsObject();
        foreach (var (_, name) in JavaModel.Fields(model))
        {
            Assert.True(JsonNode.DeepEquals(published[name], back[name]), $"{model}.{name} = {published[name]?.ToJsonString()} came back as {back[name]?.ToJsonString()}");
        }
    }

    private static string Page(JsonObject item)
        => new JsonObject { ["status"] = "success", ["details"] = null, ["data"] = new JsonArray(item.DeepClone()), ["page"] = OnePage() }.ToJsonString();

    private static JsonObject OnePage() => new() { ["pageSize"] = 100, ["pageOffset"] = 0, ["totalElements"] = 1, ["totalPages"] = 1, ["currentPageNumber"] = 0 };

    private static IReadOnlyList<string> Script(string request)
        => PostmanCollection.Load(
                Path.Combine(AppContext.BaseDirectory, "Vendor", "exstream-communication.postman_collection.json"),
                PostmanCollection.Environment(Path.Combine(AppContext.BaseDirectory, "Vendor", "exstream-communication.postman_environment.json")))
            .Single(r => r.Name == "Common Requests/" + request).TestScript;

    private static OnDemandRequest OnDemand(string? empowerUser = null) => new()
    {
        CommunicationId = "e0421aa8-c1ce-41d9-a10a-cb830ebd4beb",
        DriverDataSource = "Driver",
        Data = new JsonObject { ["claim"] = new JsonObject { ["claimNumber"] = "000-00-000203" } },
        EmpowerUser = empowerUser,
    };

    /// <summary>A client against one in-memory answer.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;

        private Rig(Func<RecordedRequest, HttpResponseMessage> answer)
        {
            Api = new RecordingHandler(answer);
            var services = new ServiceCollection();
            services.AddExstream(o =>
                {
                    o.Region = "us";
                    o.TenantId = "00000000-0000-0000-0000-000000000000";
                    o.ClientId = "connectors-client";
                    o.ClientSecret = "connectors-secret";
                    o.Domain = "Testdomain";
                    o.Resilience.MaxRetryAttempts = 0;
                })
                .ConfigurePrimaryHttpMessageHandler(() => Api);
            services.AddHttpClient(OpenTextTokenProviders.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(_ => RecordingHandler.Json("""{"access_token":"t","expires_in":3600}""")));
            _provider = services.BuildServiceProvider();
            Client = _provider.GetRequiredService<ExstreamClient>();
        }

        public RecordingHandler Api { get; }

        public ExstreamClient Client { get; }

        public static Rig Answering(string json, HttpStatusCode status = HttpStatusCode.OK)
            => new(_ => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) });

        public static Rig Answering(Func<RecordedRequest, HttpResponseMessage> answer) => new(answer);

        public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
    }
}
