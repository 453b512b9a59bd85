using System.Globalization;
using System.Text;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Every Core Case path, relative to the tenant's API root <c>{serviceBase}/tenants/{tenantId}/api/v1/</c>.
/// "documented" = the request is in OpenText's CCMA Postman collection (its path is still our guess);
/// "assumed" = our proposal. See docs/api/core-case.md before changing one.
/// </summary>
internal static class CoreCaseRoutes
{
    /// <summary>Assumed: the tenant's API root.</summary>
    public static string ApiRoot(string tenantId) => $"tenants/{E(tenantId)}/api/v1/";

    /// <summary>Assumed: list case definitions (case types).</summary>
    public const string CaseDefinitions = "casedefinitions";

    /// <summary>Assumed: one case definition.</summary>
    public static string CaseDefinition(string id) => $"casedefinitions/{E(id)}";

    /// <summary>Documented (Create Case): create; assumed: search with the query of <see cref="CaseSearch"/>.</summary>
    public const string Cases = "caseinstances";

    /// <summary>Assumed: get, patch one case.</summary>
    public static string Case(string caseId) => $"caseinstances/{E(caseId)}";

    /// <summary>Assumed: PUT the status (lawful transitions only).</summary>
    public static string CaseStatus(string caseId) => $"{Case(caseId)}/status";

    /// <summary>Assumed: PUT the assignee.</summary>
    public static string CaseAssignee(string caseId) => $"{Case(caseId)}/assignee";

    /// <summary>Assumed: the case timeline.</summary>
    public static string CaseHistory(string caseId) => $"{Case(caseId)}/history";

    /// <summary>Documented (Comment On Case): add; assumed: list.</summary>
    public static string Comments(string caseId) => $"{Case(caseId)}/comments";

    /// <summary>Assumed: add, list tasks.</summary>
    public static string Tasks(string caseId) => $"{Case(caseId)}/tasks";

    /// <summary>Assumed: complete a task.</summary>
    public static string CompleteTask(string caseId, string taskId) => $"{Tasks(caseId)}/{E(taskId)}/complete";

    /// <summary>Documented (Create Case with Attachments, form data): upload; assumed: list.</summary>
    public static string Attachments(string caseId) => $"{Case(caseId)}/attachments";

    /// <summary>Assumed: download an attachment's bytes.</summary>
    public static string AttachmentContent(string caseId, string attachmentId) => $"{Attachments(caseId)}/{E(attachmentId)}/content";

    /// <summary>Assumed: add, list links to other cases.</summary>
    public static string Links(string caseId) => $"{Case(caseId)}/links";

    /// <summary>Assumed: the tenant-wide events feed (no callback is documented, so triggers poll it).</summary>
    public const string Events = "events";

    /// <summary>Assumed: the multipart part name of an uploaded file.</summary>
    public const string AttachmentPartName = "file";

    /// <summary>Builds <c>path?name=value&amp;…</c>, skipping null values.</summary>
    public static string WithQuery(string path, params (string Name, string? Value)[] query)
    {
        var builder = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(E(name)).Append('=').Append(E(value));
            separator = '&';
        }

        return builder.ToString();
    }

    /// <summary>Assumed query names of the case search.</summary>
    public static class CaseSearch
    {
        public const string Status = "status";
        public const string CaseTypeId = "caseTypeId";
        public const string AssigneeId = "assigneeId";
        public const string CreatedFrom = "createdFrom";
        public const string CreatedTo = "createdTo";
        public const string ModifiedSince = "modifiedSince";
        public const string ExternalSystem = "externalSystem";
        public const string ExternalId = "externalId";
    }

    /// <summary>Assumed paging query names (Spring: zero-based <c>page</c>, <c>size</c>).</summary>
    public static class Paging
    {
        public const string Page = "page";
        public const string Size = "size";
        public const int MaxSize = 100;
    }

    /// <summary>Formats a date the way CCMA writes them: <c>2021-01-12T16:09:09.193+0000</c>.</summary>
    public static string Date(DateTimeOffset value)
        => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    private static string E(string value) => Uri.EscapeDataString(value);
}
