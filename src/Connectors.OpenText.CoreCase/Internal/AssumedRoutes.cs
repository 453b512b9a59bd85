namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>
/// ASSUMED: every Core Case route, query and name OpenText does not publish, in one place. Nothing public shows a case
/// list or search, paging, status transitions, assignment, the path or body of "Comment On Case", tasks, attachment
/// listing or download, links, history, a change feed, or the part names of the multipart create
/// (shared/reference/opentext/README.md). These follow the published path family (<see cref="CoreCaseRoutes"/>) and are
/// what the emulator serves. If the real route differs on your tenant, change it here, or call it today through
/// <c>client.SendAsync(ApiRequest…)</c> without forking. docs/api/core-case.md lists each one.
/// </summary>
internal static class AssumedRoutes
{
    /// <summary>assumed: the list/search of a definition's cases is a GET on the published create path, with <see cref="CaseSearch"/>.</summary>
    public static string CaseSearchPath(string caseDefinitionId) => CoreCaseRoutes.Cases(caseDefinitionId);

    /// <summary>assumed: <c>PUT {status, reason}</c>, lawful transitions only.</summary>
    public static string Status(CaseRef caseRef) => $"{CoreCaseRoutes.Case(caseRef)}/status";

    /// <summary>assumed: <c>PUT</c> an identity (the published <c>{id, caseIdentityType, …}</c> shape).</summary>
    public static string Assignee(CaseRef caseRef) => $"{CoreCaseRoutes.Case(caseRef)}/assignee";

    /// <summary>assumed path and body of "Comment On Case" (the request exists and returns the comment's <c>id</c>); GET lists them.</summary>
    public static string Comments(CaseRef caseRef) => $"{CoreCaseRoutes.Case(caseRef)}/comments";

    /// <summary>assumed: add (POST) and list (GET) tasks.</summary>
    public static string Tasks(CaseRef caseRef) => $"{CoreCaseRoutes.Case(caseRef)}/tasks";

    /// <summary>assumed: complete a task (POST <c>{outcome}</c>).</summary>
    public static string CompleteTask(CaseRef caseRef, string taskId) => $"{Tasks(caseRef)}/{E(taskId)}/complete";

    /// <summary>assumed: upload to an existing case (multipart, part <see cref="FilePart"/>) and list attachments.</summary>
    public static string Attachments(CaseRef caseRef) => $"{CoreCaseRoutes.Case(caseRef)}/attachments";

    /// <summary>assumed: an attachment's bytes.</summary>
    public static string AttachmentContent(CaseRef caseRef, string attachmentId) => $"{Attachments(caseRef)}/{E(attachmentId)}/content";

    /// <summary>assumed: add (POST) and list (GET) links to other cases.</summary>
    public static string Links(CaseRef caseRef) => $"{CoreCaseRoutes.Case(caseRef)}/links";

    /// <summary>assumed: a case's timeline.</summary>
    public static string History(CaseRef caseRef) => $"{CoreCaseRoutes.Case(caseRef)}/history";

    /// <summary>assumed: the tenant-wide change feed (no callback is published either).</summary>
    public const string Events = "events";

    /// <summary>assumed: the multipart part that carries the case JSON in "Create Case with Attachments".</summary>
    public const string CasePart = "caseInstance";

    /// <summary>assumed: the multipart part of each file ("Create Case with Attachments" and the upload route).</summary>
    public const string FilePart = "file";

    /// <summary>assumed: the attribute of <c>caseProperties.defaultAttributes</c> that carries the external references.</summary>
    public const string ExternalReferencesAttribute = "externalReferences";

    /// <summary>assumed: attribute names of <c>caseProperties.defaultAttributes</c> besides the published <c>caseTitle</c> and <c>summary</c>.</summary>
    public static class Attributes
    {
        public const string Priority = "priority";
        public const string Category = "category";
        public const string DueDate = "dueDate";
    }

    /// <summary>assumed: query names of the case search.</summary>
    public static class CaseSearch
    {
        public const string Status = "status";
        public const string AssigneeId = "assigneeId";
        public const string CreatedFrom = "createdFrom";
        public const string CreatedTo = "createdTo";
        public const string ModifiedSince = "modifiedSince";
        public const string ExternalSystem = "externalSystem";
        public const string ExternalId = "externalId";
    }

    /// <summary>assumed: query names of the events feed.</summary>
    public static class EventQuery
    {
        public const string Since = "since";
        public const string Type = "type";
        public const string CaseDefinitionId = "caseDefinitionId";
        public const string CaseId = "caseId";
    }

    /// <summary>assumed: Spring paging, zero-based <c>page</c> and <c>size</c>, lists as HAL <c>_embedded</c> (or a bare array).</summary>
    public static class Paging
    {
        public const string Page = "page";
        public const string Size = "size";
        public const int MaxSize = 100;
    }

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
