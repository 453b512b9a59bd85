using Connectors.Core;
using Connectors.OpenText.CoreCase.Internal;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// The OpenText Core Case Management (CCMA) client. Documented by OpenText: case definitions
/// (<c>case-definitions</c>), cases under their definition (<c>case-definitions/{caseDefinitionId}/cases/{caseId}</c>):
/// create (also with attachments), get, edit through <c>PUT …/case-data</c>, and the identity shape. Assumed (OpenText
/// publishes nothing; the routes are in one table, docs/api/core-case.md): case search, status, assignment, comments'
/// path, tasks, attachment listing, links, history and the events feed. Any route, modelled or not, can be called
/// through <see cref="ConnectorClient.SendAsync(ApiRequest, CancellationToken)"/>. Immutable and thread-safe; get it
/// from DI with <c>services.AddCoreCase(...)</c>, which signs in through OpenText identity.
/// </summary>
public class CoreCaseClient : ConnectorClient
{
    /// <summary>The system name used in errors, telemetry (<c>Connectors.OpenText.CoreCase</c>) and logs.</summary>
    public const string SystemName = "OpenText.CoreCase";

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> that already signs requests in (e.g. from <c>AddCoreCase</c>)
    /// and whose base address is the API root <c>{BaseAddress}api/v1/</c> (<see cref="CoreCaseClientOptions.GetBaseAddress"/>).
    /// </summary>
    /// <param name="http">The HTTP client.</param>
    /// <param name="options">The options.</param>
    public CoreCaseClient(HttpClient http, CoreCaseClientOptions options)
        : base(new ApiConnection(http, new ApiConnectionOptions(SystemName, CoreCaseErrorParser.Parse)))
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = new CoreCaseConnection(Connection, options);
        CaseDefinitions = new CaseDefinitionService(connection);
        Cases = new CaseService(connection);
        Comments = new CaseCommentService(connection);
        Tasks = new CaseTaskService(connection);
        Attachments = new CaseAttachmentService(connection);
        Links = new CaseLinkService(connection);
        Events = new CaseEventService(connection);
    }

    /// <summary>For mocking.</summary>
    protected CoreCaseClient()
    {
        CaseDefinitions = null!;
        Cases = null!;
        Comments = null!;
        Tasks = null!;
        Attachments = null!;
        Links = null!;
        Events = null!;
    }

    /// <summary>Case definitions (documented).</summary>
    public virtual CaseDefinitionService CaseDefinitions { get; }

    /// <summary>Cases: create, create with attachments, get, edit data (documented); search, find-or-create, status, assignment (assumed).</summary>
    public virtual CaseService Cases { get; }

    /// <summary>Comments on cases ("Comment On Case" is documented; its path and body are assumed).</summary>
    public virtual CaseCommentService Comments { get; }

    /// <summary>Tasks on cases (assumed routes).</summary>
    public virtual CaseTaskService Tasks { get; }

    /// <summary>Documents on existing cases (assumed routes).</summary>
    public virtual CaseAttachmentService Attachments { get; }

    /// <summary>Links between cases (assumed routes).</summary>
    public virtual CaseLinkService Links { get; }

    /// <summary>Case history and the tenant-wide events feed (assumed routes).</summary>
    public virtual CaseEventService Events { get; }
}
