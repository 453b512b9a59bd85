using System.Security.Cryptography;
using System.Text;

namespace Connectors.Core.Webhooks;

/// <summary>
/// HMAC-SHA256 signatures of raw webhook bodies in the <c>sha256=&lt;hex&gt;</c> header form. Verification
/// accepts several secrets (rotation) and compares in constant time.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The prefix of the header value.</summary>
    public const string Prefix = "sha256=";

    /// <summary>Whether <paramref name="header"/> is the signature of <paramref name="body"/> under one of <paramref name="secrets"/>.</summary>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="header">The signature header value.</param>
    /// <param name="secrets">The secrets as UTF-8 bytes.</param>
    public static bool IsValid(ReadOnlySpan<byte> body, string? header, IReadOnlyList<byte[]> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(Prefix.Length).Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var valid = false;
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        foreach (var secret in secrets)
        {
            HMACSHA256.HashData(secret, body, expected);
            valid |= CryptographicOperations.FixedTimeEquals(expected, given); // no early exit: constant time
        }

        return valid;
    }

    /// <summary>Whether <paramref name="header"/> is the signature of <paramref name="body"/> under one of <paramref name="secrets"/>.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="header">The signature header value.</param>
    /// <param name="secrets">The secrets; empty ones are ignored.</param>
    public static bool IsValid(ReadOnlySpan<byte> body, string? header, IEnumerable<string> secrets)
        => IsValid(body, header, Encode(secrets));

    /// <summary>The header value for a body: <c>sha256=</c> and the lower-case hex HMAC.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="secret">The secret.</param>
    public static string Compute(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Encodes secrets as UTF-8, dropping empty ones.</summary>
    /// <param name="secrets">The secrets.</param>
    public static byte[][] Encode(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        return secrets.Where(s => !string.IsNullOrEmpty(s)).Select(Encoding.UTF8.GetBytes).ToArray();
    }
}
