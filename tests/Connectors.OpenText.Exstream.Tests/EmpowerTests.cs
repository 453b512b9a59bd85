using System.Text;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.Exstream;

namespace Connectors.OpenText.Exstream.Tests;

/// <summary>Empower documents, their fulfilment and the engine's errors, against the emulator.</summary>
public sealed class EmpowerTests : IAsyncLifetime
{
    private ExstreamTestContext _ctx = null!;

    public async Task InitializeAsync() => _ctx = await ExstreamTestContext.StartAsync();

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private static OnDemandRequest Estimate(string? empowerUser = ExstreamEmulator.DefaultEmpowerUser) => new()
    {
        CommunicationId = ExstreamEmulator.ClaimEstimateLetter,
        DriverDataSource = "ClaimEstimateDriver",
        Data = new JsonObject { ["policyDetails"] = new JsonObject { ["insuredName"] = "Allen Robertson" } },
        EmpowerUser = empowerUser,
    };

    private static FulfillmentRequest Fulfil(string documentId, bool preserve = false) => new()
    {
        CommunicationId = ExstreamEmulator.EmpowerFulfillment,
        DriverDataSource = "EmpowerFulfillmentDriver",
        DocumentIds = [documentId],
        PreserveDocuments = preserve,
    };

    [Fact]
    public async Task The_document_id_answer_is_read_as_the_id_of_the_imported_document()
    {
        var document = (await _ctx.Client.Communications.GenerateEmpowerDocumentAsync(Estimate())).Value;

        var imported = _ctx.Exstream.EmpowerDocuments[document.DocumentId];
        Assert.Equal((ExstreamEmulator.ClaimEstimateLetter, ExstreamEmulator.DefaultEmpowerUser), (imported.CommunicationId, imported.EmpowerUser));
    }

    [Fact]
    public async Task The_full_response_of_an_Empower_generation_carries_the_document_id()
    {
        var output = Assert.Single((await _ctx.Client.Communications.GenerateAsync(Estimate())).Value);

        Assert.Equal("application/json", output.MimeType);
        Assert.True(_ctx.Exstream.EmpowerDocuments.ContainsKey(output.EmpowerDocumentId!));
    }

    [Fact]
    public async Task Without_an_Empower_user_the_Empower_queue_answers_the_Empower_file()
    {
        var output = Assert.Single((await _ctx.Client.Communications.GenerateAsync(Estimate(empowerUser: null))).Value);

        Assert.Equal(("application/vnd.exstream-empower", null), (output.MimeType, output.EmpowerDocumentId));
        Assert.Empty(_ctx.Exstream.EmpowerDocuments);
    }

    [Fact]
    public async Task Asking_for_a_document_id_without_an_Empower_user_is_refused_before_sending()
        => await Assert.ThrowsAsync<ArgumentException>(() => _ctx.Client.Communications.GenerateEmpowerDocumentAsync(Estimate(empowerUser: null)));

    [Fact]
    public async Task An_Empower_user_that_may_not_import_is_the_engine_error_401_not_transient()
    {
        var error = await Assert.ThrowsAsync<ExstreamEngineException>(() => _ctx.Client.Communications.GenerateEmpowerDocumentAsync(Estimate("someone-else")));

        Assert.Equal("401", error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Equal("Empower", Assert.Single(error.EngineErrors).EngineOutputContext!.QueueName);
        Assert.Contains("someone-else", error.VendorMessage, StringComparison.Ordinal);
        Assert.Contains("empowerUser", error.Message, StringComparison.Ordinal);
        Assert.Empty(_ctx.Exstream.EmpowerDocuments);
    }

    [Fact]
    public async Task Fulfilment_renders_the_document_and_removes_it_unless_preserved()
    {
        var first = (await _ctx.Client.Communications.GenerateEmpowerDocumentAsync(Estimate())).Value.DocumentId;
        var second = (await _ctx.Client.Communications.GenerateEmpowerDocumentAsync(Estimate())).Value.DocumentId;

        var outputs = (await _ctx.Client.Communications.FulfillAsync(Fulfil(first))).Value;
        await using (var pdf = await _ctx.Client.Communications.FulfillPdfAsync(Fulfil(second, preserve: true)))
        {
            using var reader = new StreamReader(pdf.Content, Encoding.ASCII);
            Assert.Contains($"Fulfilment of Empower document {second}", await reader.ReadToEndAsync(), StringComparison.Ordinal);
            Assert.Equal("application/pdf", pdf.ContentType);
        }

        var output = Assert.Single(outputs);
        Assert.Equal(("application/pdf", "PDF-queue"), (output.MimeType, output.Context!.QueueName));
        Assert.Contains("Dear Allen Robertson,", Encoding.ASCII.GetString(output.Content.Span), StringComparison.Ordinal);
        Assert.False(_ctx.Exstream.EmpowerDocuments.ContainsKey(first));
        Assert.True(_ctx.Exstream.EmpowerDocuments.ContainsKey(second));
    }

    [Fact]
    public async Task Fulfilling_a_removed_document_is_an_engine_error_and_is_not_retried()
    {
        var id = (await _ctx.Client.Communications.GenerateEmpowerDocumentAsync(Estimate())).Value.DocumentId;
        await _ctx.Client.Communications.FulfillAsync(Fulfil(id));

        var error = await Assert.ThrowsAsync<ExstreamEngineException>(() => _ctx.Client.Communications.FulfillAsync(Fulfil(id)));

        Assert.Equal("404", error.ErrorCode);
        Assert.Contains(id, error.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fulfilment_needs_document_ids()
        => await Assert.ThrowsAsync<ArgumentException>(() => _ctx.Client.Communications.FulfillAsync(new FulfillmentRequest
        {
            CommunicationId = ExstreamEmulator.EmpowerFulfillment,
            DriverDataSource = "EmpowerFulfillmentDriver",
            DocumentIds = [],
        }));

    [Fact]
    public async Task An_engine_failure_of_a_server_kind_is_transient_and_a_later_call_succeeds()
    {
        _ctx.Exstream.FailNextOnDemand(message: "Engine unavailable", statusCode: "503");

        var error = await Assert.ThrowsAsync<ExstreamEngineException>(() => _ctx.Client.Communications.GenerateEmpowerDocumentAsync(Estimate()));
        var later = await _ctx.Client.Communications.GenerateEmpowerDocumentAsync(Estimate());

        Assert.True(error.IsTransient);
        Assert.Equal(500, error.Status);
        Assert.NotEmpty(later.Value.DocumentId);
    }

    [Fact]
    public async Task A_data_error_of_the_engine_is_a_typed_engine_error_for_the_pdf_too()
    {
        _ctx.Exstream.FailNextOnDemand(message: "claimNumber is missing");

        var error = await Assert.ThrowsAsync<ExstreamEngineException>(() => _ctx.Client.Communications.GeneratePdfAsync(new OnDemandRequest
        {
            CommunicationId = ExstreamEmulator.ClaimAcknowledgement,
            DriverDataSource = "Driver",
            Data = new JsonObject(),
        }));

        Assert.Equal(("400", "claimNumber is missing", false), (error.ErrorCode, error.VendorMessage, error.IsTransient));
    }

    [Fact]
    public async Task A_driver_data_source_the_communication_set_does_not_name_is_a_validation_error()
    {
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => _ctx.Client.Communications.GenerateAsync(new OnDemandRequest
        {
            CommunicationId = ExstreamEmulator.ClaimEstimateLetter,
            DriverDataSource = "Driver", // the Claim Acknowledgement's driver, not this communication's
            Data = new JsonObject(),
        }));

        Assert.Equal("1001", error.ErrorCode);
    }
}
