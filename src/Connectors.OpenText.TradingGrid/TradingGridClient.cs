using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// The OpenText Trading Grid (Active Community) client. Documented by OpenText's collections: company, partner
/// directory, users, roles, entitlements and Lens transaction search. Assumed (OpenText publishes nothing; the routes
/// are in one table, docs/api/trading-grid.md): community spaces, threads, posts, shared documents, onboarding and
/// change events. Any route, modelled or not, can be called through <see cref="ConnectorClient.SendAsync(ApiRequest, CancellationToken)"/>.
/// Immutable and thread-safe; get it from DI with <c>services.AddTradingGrid(...)</c>, which signs in with the
/// Trading Grid token flow.
/// </summary>
public class TradingGridClient : ConnectorClient
{
    /// <summary>The system name used in errors, telemetry (<c>Connectors.OpenText.TradingGrid</c>) and logs.</summary>
    public const string SystemName = "OpenText.TradingGrid";

    /// <summary>Creates a client over an <see cref="HttpClient"/> that already signs requests in (see <c>AddTradingGrid</c>).</summary>
    /// <param name="httpClient">The HTTP client; its base address is the API address.</param>
    /// <param name="options">The options.</param>
    public TradingGridClient(HttpClient httpClient, TradingGridClientOptions options)
        : base(new ApiConnection(httpClient, new ApiConnectionOptions(SystemName, TradingGridErrorParser.Parse)))
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = Connection;
        Company = new CompanyService(connection, options);
        Partners = new PartnerService(connection, options);
        Users = new UserService(connection, options);
        Onboarding = new OnboardingService(connection, options);
        Spaces = new SpaceService(connection, options);
        Threads = new ThreadService(connection, options);
        Posts = new PostService(connection, options);
        Documents = new DocumentService(connection, options);
        Transactions = new TransactionService(connection, options);
        Events = new EventService(connection, options);
    }

    /// <summary>For mocking.</summary>
    protected TradingGridClient()
    {
        Company = null!;
        Users = null!;
        Partners = null!;
        Onboarding = null!;
        Spaces = null!;
        Threads = null!;
        Posts = null!;
        Documents = null!;
        Transactions = null!;
        Events = null!;
    }

    /// <summary>The company and its entitlements (documented).</summary>
    public virtual CompanyService Company { get; }

    /// <summary>The partner directory with its published filters (documented); partner contacts (assumed).</summary>
    public virtual PartnerService Partners { get; }

    /// <summary>Users, their roles and entitlements (documented).</summary>
    public virtual UserService Users { get; }

    /// <summary>B2B transactions through Lens: search, scroll, look up (documented).</summary>
    public virtual TransactionService Transactions { get; }

    /// <summary>Partner onboarding submissions (assumed routes).</summary>
    public virtual OnboardingService Onboarding { get; }

    /// <summary>Community spaces, one per partner (assumed routes).</summary>
    public virtual SpaceService Spaces { get; }

    /// <summary>Community threads (assumed routes).</summary>
    public virtual ThreadService Threads { get; }

    /// <summary>Posts in threads (assumed routes).</summary>
    public virtual PostService Posts { get; }

    /// <summary>Documents shared in spaces (assumed routes).</summary>
    public virtual DocumentService Documents { get; }

    /// <summary>Change events: feed and callbacks (assumed routes).</summary>
    public virtual EventService Events { get; }
}
