using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Connectors.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Connectors.Samples.Web.Hosting;

/// <summary>
/// The packaged dashboard (<c>MapConnectorsDashboard</c>) at <see cref="Path"/>, behind the <see cref="Policy"/>
/// policy: one operator, HTTP Basic, user and password from <c>Dashboard:User</c> and <c>Dashboard:Password</c>
/// (against the emulators the password defaults to <see cref="EmulatedPassword"/>). A real host plugs in its own
/// sign-in (cookies, OpenID Connect) and names its own policy; Basic only keeps the sample self-contained, and
/// needs HTTPS anywhere but loopback.
/// </summary>
public static class SampleDashboard
{
    /// <summary>Where the dashboard is mounted.</summary>
    public const string Path = "/dashboard";

    /// <summary>The authorization policy the dashboard requires.</summary>
    public const string Policy = "connectors-dashboard";

    /// <summary>The operator's user name when <c>Dashboard:User</c> is not set.</summary>
    public const string DefaultUser = "operator";

    /// <summary>The password the dashboard accepts when the sample runs against emulators and none is configured.</summary>
    public const string EmulatedPassword = "emulated-dashboard-password";

    /// <summary>Registers the dashboard, the Basic scheme and the policy.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="emulated">Whether to fall back to <see cref="EmulatedPassword"/>.</param>
    /// <exception cref="InvalidOperationException">Real systems are configured without <c>Dashboard:Password</c>.</exception>
    public static void Add(IServiceCollection services, IConfiguration configuration, bool emulated)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var user = configuration["Dashboard:User"] ?? DefaultUser;
        var password = configuration["Dashboard:Password"] ?? (emulated ? EmulatedPassword
            : throw new InvalidOperationException("Dashboard:Password is required with real systems: the dashboard shows event data and replays dead letters."));

        // begin-snippet: web-sample-dashboard
        services.AddAuthentication(BasicAuthentication.SchemeName)
            .AddScheme<BasicAuthenticationOptions, BasicAuthentication>(BasicAuthentication.SchemeName, o => (o.User, o.Password) = (user, password));
        services.AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireAuthenticatedUser()));
        services.AddConnectorsDashboard(o => o.Title = "Connectors web sample");
        // end-snippet
    }
}

/// <summary>The one operator the sample's Basic scheme accepts.</summary>
public sealed class BasicAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The user name.</summary>
    public string User { get; set; } = "";

    /// <summary>The password.</summary>
    public string Password { get; set; } = "";
}

/// <summary>HTTP Basic for one configured operator: 401 with a Basic challenge until the browser sends the right pair.</summary>
public sealed class BasicAuthentication(IOptionsMonitor<BasicAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<BasicAuthenticationOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Basic";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string pair;
        try
        {
            pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return Task.FromResult(AuthenticateResult.Fail("The Basic credentials are not base64."));
        }

        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !Same(pair[..colon], Options.User) || !Same(pair[(colon + 1)..], Options.Password))
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown user or wrong password."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, Options.User)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"Connectors dashboard\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }

    private static bool Same(string given, string expected)
        => CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
