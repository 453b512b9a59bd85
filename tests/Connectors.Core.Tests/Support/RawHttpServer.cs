using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Connectors.Core.Tests.Support;

/// <summary>
/// A loopback HTTP/1.1 server that answers each connection with a script: status line and headers, then body bytes
/// written (or withheld) as the test says — for stalled and slow-drip bodies, and connections reset mid-body.
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<int, NetworkStream, CancellationToken, Task> _answer;
    private readonly Task _loop;
    private int _requests;

    public RawHttpServer(Func<int, NetworkStream, CancellationToken, Task> answer)
    {
        _answer = answer;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/");

    public int Requests => Volatile.Read(ref _requests);

    public static async Task WriteHeadAsync(NetworkStream stream, int contentLength, CancellationToken cancellationToken)
    {
        var head = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    public static async Task WriteAsync(NetworkStream stream, string text, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                while (!_stop.IsCancellationRequested && await ReadRequestHeadAsync(stream, _stop.Token))
                {
                    await _answer(Interlocked.Increment(ref _requests), stream, _stop.Token);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
            }
        }
    }

    private static async Task<bool> ReadRequestHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var seen = new StringBuilder();
        var one = new byte[1];
        while (!seen.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                return false;
            }

            seen.Append((char)one[0]);
        }

        return true;
    }
}
