using Connectors.Core;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// The OpenText Core Case Management client: immutable and thread-safe, one resource service per area.
/// Register it with <see cref="CoreCaseServiceCollectionExtensions.AddCoreCase(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{CoreCaseClientOptions})"/>,
/// which signs requests in through OpenText identity and adds retries, pacing and telemetry.
/// </summary>
public class CoreCaseClient : ConnectorClient
{
    /// <summary>The system name used in errors and telemetry (<c>Connectors.OpenText.CoreCase</c>).</summary>
    public const string SystemName = "OpenText.CoreCase";

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> that already authenticates (e.g. from <c>AddCoreCase</c>)
    /// and whose base address is the tenant's API root (<see cref="CoreCaseClientOptions.GetBaseAddress"/>).
    /// </summary>
    /// <param name="http">The HTTP client.</param>
    /// <param name="options">The options.</param>
    public CoreCaseClient(HttpClient http, CoreCaseClientOptions options)
        : base(new ApiConnection(http, new ApiConnectionOptions(SystemName, CoreCaseErrors.Parse)))
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = new CoreCaseConnection(Connection, options);
        Cases = new CaseService(connection);
        Comments = new CaseCommentService(connection);
        Tasks = new CaseTaskService(connection);
        Attachments = new CaseAttachmentService(connection);
        Links = new CaseLinkService(connection);
        Events = new CaseEventService(connection);
        CaseTypes = new CaseTypeService(connection);
    }

    /// <summary>For mocking.</summary>
    protected CoreCaseClient()
    {
        Cases = null!;
        Comments = null!;
        Tasks = null!;
        Attachments = null!;
        Links = null!;
        Events = null!;
        CaseTypes = null!;
    }

    /// <summary>Case instances: create, get, update, search, find-or-create, status, assignment.</summary>
    public virtual CaseService Cases { get; }

    /// <summary>Comments (notes) on cases.</summary>
    public virtual CaseCommentService Comments { get; }

    /// <summary>Tasks on cases.</summary>
    public virtual CaseTaskService Tasks { get; }

    /// <summary>Documents attached to cases.</summary>
    public virtual CaseAttachmentService Attachments { get; }

    /// <summary>Links between cases.</summary>
    public virtual CaseLinkService Links { get; }

    /// <summary>Case history and the tenant-wide events feed.</summary>
    public virtual CaseEventService Events { get; }

    /// <summary>Case types (definitions).</summary>
    public virtual CaseTypeService CaseTypes { get; }
}
