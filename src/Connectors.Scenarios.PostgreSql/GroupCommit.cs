namespace Connectors.Scenarios.PostgreSql;

/// <summary>
/// Group commit: requests that arrive while a batch is on its way to the server wait, and go together in the next
/// batch (one round trip, one transaction); each caller gets its own result, or the batch's error. Nothing waits for
/// a timer: a request that finds no batch in flight goes at once, alone. The caller whose request is first in the
/// queue when a batch returns sends the next batch, so no caller sends for others after its own result is in.
/// </summary>
/// <typeparam name="TRequest">One caller's request.</typeparam>
/// <typeparam name="TResult">One caller's result.</typeparam>
/// <param name="send">Sends a batch; returns one result per request, in order.</param>
/// <param name="maxBatch">The most requests in one batch.</param>
internal sealed class GroupCommit<TRequest, TResult>(Func<IReadOnlyList<TRequest>, Task<TResult[]>> send, int maxBatch)
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _waiting = [];
    private bool _sending;

    /// <summary>Sends <paramref name="request"/> with whatever else is waiting. Once queued, a request is sent whatever happens to its caller.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the operation before the request is queued.</param>
    /// <returns>This request's result.</returns>
    public async Task<TResult> SendAsync(TRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entry = new Entry(request);
        bool leads;
        lock (_gate)
        {
            _waiting.Add(entry);
            leads = !_sending;
            _sending = true;
        }

        if (!leads)
        {
            await entry.Woken.Task.ConfigureAwait(false);
        }

        if (entry.Leads || leads)
        {
            await SendNextAsync().ConfigureAwait(false);
        }

        return entry.Error is { } error ? throw error : entry.Value!;
    }

    /// <summary>Sends the oldest waiting requests (the caller's among them), then wakes their callers and the next leader.</summary>
    private async Task SendNextAsync()
    {
        Entry[] batch;
        lock (_gate)
        {
            batch = [.. _waiting.Take(maxBatch)];
            _waiting.RemoveRange(0, batch.Length);
        }

        try
        {
            var results = await send([.. batch.Select(e => e.Request)]).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i].Value = results[i];
            }
        }
        catch (Exception e)
        {
            foreach (var entry in batch)
            {
                entry.Error = e;
            }
        }

        Entry? next = null;
        lock (_gate)
        {
            if (_waiting.Count == 0)
            {
                _sending = false;
            }
            else
            {
                next = _waiting[0];
                next.Leads = true;
            }
        }

        // The first entry is the caller running this method (it was first in the queue); wake the others.
        for (var i = 1; i < batch.Length; i++)
        {
            batch[i].Woken.TrySetResult();
        }

        next?.Woken.TrySetResult();
    }

    private sealed class Entry(TRequest request)
    {
        public TRequest Request { get; } = request;

        public TaskCompletionSource Woken { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Leads { get; set; }

        public TResult? Value { get; set; }

        public Exception? Error { get; set; }
    }
}
