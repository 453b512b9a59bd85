namespace Connectors.OpenText;

/// <summary>
/// The OpenText Developer Cloud regions seen in OpenText's published material. A region builds the identity host
/// <c>https://{region}.api.opentext.com/</c> that issues tenant tokens (set <see cref="OpenTextClientOptions.Region"/>).
/// </summary>
public static class OpenTextRegion
{
    /// <summary>United States: <c>us.api.opentext.com</c>.</summary>
    public const string Us = "us";

    /// <summary>Europe: <c>eu-1.api.opentext.com</c>.</summary>
    public const string Eu1 = "eu-1";

    /// <summary>North America: <c>na-1.api.opentext.com</c>.</summary>
    public const string Na1 = "na-1";

    /// <summary>Australia: <c>au.api.opentext.com</c>.</summary>
    public const string Au = "au";

    /// <summary>The identity host of a region, e.g. <c>https://eu-1.api.opentext.com/</c>.</summary>
    /// <param name="region">The region label (<see cref="Us"/>, <see cref="Eu1"/>, <see cref="Na1"/>, <see cref="Au"/>, or another label such as <c>na-1-dev</c>).</param>
    /// <exception cref="ArgumentException">The label is not a lower-case DNS label.</exception>
    public static Uri IdentityAddress(string region)
        => IsValid(region)
            ? new Uri($"https://{region}.api.opentext.com/")
            : throw new ArgumentException($"'{region}' is not a region label such as us, eu-1, na-1 or au; set AuthenticationBaseAddress for any other host.", nameof(region));

    internal static bool IsValid(string? region)
        => !string.IsNullOrEmpty(region) && region.Length <= 63
           && region.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
           && region[0] != '-' && region[^1] != '-';
}
