using System.Security.Cryptography;
using System.Text;
using Connectors.Emulators.CoreCase;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class AttachmentTests
{
    [Fact]
    public async Task Upload_list_and_download_keep_bytes_name_and_content_type()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.7 invoice 100");

        CaseAttachment uploaded = await host.Client.Attachments.UploadAsync(created.Ref, new MemoryStream(bytes), "invoice-100.pdf", "application/pdf");
        var listed = await CaseTests.ToListAsync(host.Client.Attachments.ListAsync(created.Ref));
        await using var download = await host.Client.Attachments.DownloadAsync(created.Ref, uploaded.Id);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        Assert.Equal(bytes.Length, uploaded.Size);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), uploaded.Sha256);
        Assert.Equal("invoice-100.pdf", Assert.Single(listed).FileName);
        Assert.Equal("application/pdf", download.ContentType);
        Assert.Equal("invoice-100.pdf", download.FileName);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_50_MB_non_seekable_upload_is_streamed_not_buffered()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        const long size = 50L * 1024 * 1024;
        var emulator = host.Emulators.CoreCase;
        using var source = new GeneratedStream(size, () => emulator.AttachmentBytesReceived);

        CaseAttachment uploaded = await host.Client.Attachments.UploadAsync(created.Ref, source, "evidence.bin", "application/octet-stream");

        var stored = Assert.Single(emulator.State.FindCase(created.Id)!.Attachments);
        Assert.Equal(size, uploaded.Size);
        Assert.Equal(size, stored.Content.LongLength);
        Assert.Equal(source.Sha256(), stored.Sha256);
        // While the client read the source, the server had already received all but a few MB of it:
        // the client never held the file (or anything near it) in memory.
        Assert.InRange(source.MaxAheadOfServer, 0, 16L * 1024 * 1024);
    }

    [Fact]
    public async Task After_a_revoked_token_a_seekable_upload_is_rewound_and_a_non_seekable_one_fails_typed()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        var bytes = Encoding.UTF8.GetBytes("evidence");

        host.Emulators.Identity.RevokeAll();
        CaseAttachment rewound = await host.Client.Attachments.UploadAsync(created.Ref, new MemoryStream(bytes), "a.txt", "text/plain");
        host.Emulators.Identity.RevokeAll();
        var error = await Assert.ThrowsAsync<Connectors.Core.ConnectorTransportException>(
            () => host.Client.Attachments.UploadAsync(created.Ref, new ForwardOnly(new MemoryStream(bytes)), "b.txt", "text/plain"));

        Assert.Equal(bytes.Length, rewound.Size);
        Assert.Equal(bytes, Assert.Single(host.Emulators.CoreCase.State.FindCase(created.Id)!.Attachments).Content);
        Assert.Contains("cannot be rewound", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_upload_is_a_typed_413_and_nothing_is_stored()
    {
        await using var host = await ClientHost.StartAsync();
        host.Emulators.CoreCase.MaxAttachmentBytes = 1024;
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));

        var error = await Assert.ThrowsAsync<Connectors.Core.ConnectorException>(
            () => host.Client.Attachments.UploadAsync(created.Ref, new MemoryStream(new byte[4096]), "big.bin", "application/octet-stream"));

        Assert.Equal(413, error.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Empty(host.Emulators.CoreCase.State.FindCase(created.Id)!.Attachments);
    }

    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A forward-only stream of pseudo-random bytes that records how far reading ran ahead of the server.</summary>
    private sealed class GeneratedStream(long length, Func<long> serverReceived) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _position;

        public long MaxAheadOfServer { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public string Sha256() => Convert.ToHexString(_hash.GetCurrentHash()).ToLowerInvariant();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            MaxAheadOfServer = Math.Max(MaxAheadOfServer, _position - serverReceived());
            var count = (int)Math.Min(buffer.Length, length - _position);
            for (var i = 0; i < count; i++)
            {
                buffer[i] = (byte)((_position + i) * 31 % 251);
            }

            _hash.AppendData(buffer[..count]);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
