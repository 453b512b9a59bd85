using System.Security.Cryptography;
using Connectors.Core;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class DocumentTests
{
    [Fact]
    public async Task An_uploaded_document_downloads_byte_for_byte()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.VeronaVittles);
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        using var content = new MemoryStream(bytes);

        SharedDocument uploaded = await env.Client.Documents.UploadAsync(space.SpaceId,
            new DocumentUpload("packing-list-88120.pdf", content, DocumentType.PackingList) { ContentType = "application/pdf", Description = "Packing list" });
        await using var download = await env.Client.Documents.DownloadAsync(uploaded.DocumentId);
        using var received = new MemoryStream();
        await download.Content.CopyToAsync(received);

        Assert.Equal(bytes, received.ToArray());
        Assert.Equal(bytes.Length, uploaded.Size);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), uploaded.Sha256);
        Assert.Equal("application/pdf", download.ContentType);
        Assert.Equal("packing-list-88120.pdf", download.FileName);
        Assert.Equal(DocumentType.PackingList, uploaded.DocumentType);
    }

    [Fact]
    public async Task A_certificate_keeps_its_expiry_date_and_thread_and_is_listed_by_filters()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.AcmePackaging);
        var thread = env.State.PartnerOpensThread(space.SpaceId, "ISO 9001 renewal", "New certificate attached.", "Compliance");
        using var content = new MemoryStream([1, 2, 3]);

        SharedDocument certificate = await env.Client.Documents.UploadAsync(space.SpaceId,
            new DocumentUpload("iso9001.pdf", content, DocumentType.Certificate) { ThreadId = thread.ThreadId, ExpiresOn = new DateOnly(2027, 3, 31) });
        env.State.PartnerSharesDocument(space.SpaceId, "invoice.pdf", [9, 9], "Invoice");
        SharedDocument fetched = await env.Client.Documents.GetAsync(certificate.DocumentId);
        var inThread = await env.Client.Documents.ListAsync(space.SpaceId, new DocumentQuery { ThreadId = thread.ThreadId }).ToListAsync();
        var invoices = await env.Client.Documents.ListAsync(space.SpaceId, new DocumentQuery { DocumentType = DocumentType.Invoice }).ToListAsync();

        Assert.Equal(new DateOnly(2027, 3, 31), fetched.ExpiresOn);
        Assert.Equal(thread.ThreadId, fetched.ThreadId);
        Assert.Equal(certificate.DocumentId, Assert.Single(inThread).DocumentId);
        var invoice = Assert.Single(invoices);
        Assert.Equal(TradingGridSeed.AcmePackaging, invoice.UploadedBy?.CompanyId);
    }

    [Fact]
    public async Task A_document_shared_by_the_partner_downloads_as_stored()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.NorthwindLogistics);
        var pod = env.State.PartnerSharesDocument(space.SpaceId, "pod-77301.pdf", "%PDF-1.7 proof of delivery"u8.ToArray(), "ProofOfDelivery");

        await using var download = await env.Client.Documents.DownloadAsync(pod.DocumentId);
        using var reader = new StreamReader(download.Content);

        Assert.Equal("%PDF-1.7 proof of delivery", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Upload_without_a_document_type_value_is_a_validation_error()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        using var content = new MemoryStream([1]);

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => env.Client.Documents.UploadAsync(
            env.SpaceOf(TradingGridSeed.VeronaVittles).SpaceId, new DocumentUpload("x.pdf", content, DocumentType.Create(" "))));

        Assert.Equal("documentType", Assert.Single(error.FieldErrors).Field);
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_with_a_typed_error()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.MaxDocumentBytes = 1000;
        using var content = new MemoryStream(new byte[5000]);

        var error = await Assert.ThrowsAnyAsync<ConnectorException>(() => env.Client.Documents.UploadAsync(
            env.SpaceOf(TradingGridSeed.VeronaVittles).SpaceId, new DocumentUpload("big.bin", content, DocumentType.Other)));

        Assert.Equal(413, error.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", error.ErrorCode);
    }

    [Fact]
    public async Task Downloading_an_unknown_document_is_not_found()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => env.Client.Documents.DownloadAsync("DO-NOPE"));

        Assert.Equal("DOCUMENT_NOT_FOUND", error.ErrorCode);
    }
}
