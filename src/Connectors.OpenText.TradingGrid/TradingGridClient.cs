using Connectors.Core;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// The OpenText Trading Grid (Active Community) client: partner directory, onboarding, community spaces,
/// threads and posts, shared documents, B2B transactions (Lens) and change events. Immutable and thread-safe;
/// get it from DI with <c>services.AddTradingGrid(...)</c>.
/// </summary>
public class TradingGridClient : ConnectorClient
{
    /// <summary>The system name used in errors, telemetry (<c>Connectors.OpenText.TradingGrid</c>) and logs.</summary>
    public const string SystemName = "OpenText.TradingGrid";

    /// <summary>Creates a client over an <see cref="HttpClient"/> that already signs requests in (see <c>AddTradingGrid</c>).</summary>
    /// <param name="httpClient">The HTTP client; its base address is the API address.</param>
    /// <param name="options">The options.</param>
    public TradingGridClient(HttpClient httpClient, TradingGridClientOptions options)
        : base(new ApiConnection(httpClient, new ApiConnectionOptions(SystemName, OpenTextErrorParser.Parse)))
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = Connection;
        Partners = new PartnerService(connection, options);
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
        Partners = null!;
        Onboarding = null!;
        Spaces = null!;
        Threads = null!;
        Posts = null!;
        Documents = null!;
        Transactions = null!;
        Events = null!;
    }

    /// <summary>The partner directory.</summary>
    public virtual PartnerService Partners { get; }

    /// <summary>Partner onboarding submissions.</summary>
    public virtual OnboardingService Onboarding { get; }

    /// <summary>Community spaces (one per partner).</summary>
    public virtual SpaceService Spaces { get; }

    /// <summary>Community threads.</summary>
    public virtual ThreadService Threads { get; }

    /// <summary>Posts in threads.</summary>
    public virtual PostService Posts { get; }

    /// <summary>Documents shared in spaces.</summary>
    public virtual DocumentService Documents { get; }

    /// <summary>B2B transactions (Lens).</summary>
    public virtual TransactionService Transactions { get; }

    /// <summary>Change events: feed and callbacks.</summary>
    public virtual EventService Events { get; }
}
