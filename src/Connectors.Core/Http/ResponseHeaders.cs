using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;

namespace Connectors.Core;

/// <summary>
/// <see cref="Response.Headers"/> read lazily: the response's header collections are kept as received and copied
/// into a case-insensitive dictionary (multi-valued headers joined with a comma, content headers last) only the
/// first time anyone looks. Typed calls that never read a header never pay for the copy.
/// </summary>
internal sealed class ResponseHeaders : IReadOnlyDictionary<string, string>
{
    private readonly HttpResponseHeaders _headers;
    private readonly HttpContentHeaders? _content;
    private Dictionary<string, string>? _copy;

    public ResponseHeaders(HttpResponseHeaders headers, HttpContentHeaders? content)
    {
        _headers = headers;
        _content = content;
    }

    public int Count => Copy.Count;

    public IEnumerable<string> Keys => Copy.Keys;

    public IEnumerable<string> Values => Copy.Values;

    public string this[string key] => Copy[key];

    // Two first readers may both copy; one copy wins and both see it (no lock object per response).
    private Dictionary<string, string> Copy
    {
        get
        {
            if (Volatile.Read(ref _copy) is { } copy)
            {
                return copy;
            }

            var made = Response.CopyHeaders(_headers, _content);
            return Interlocked.CompareExchange(ref _copy, made, null) ?? made;
        }
    }

    public bool ContainsKey(string key) => Copy.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => Copy.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Copy.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
