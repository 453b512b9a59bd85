namespace Connectors.OpenText.WorkflowService.Internal;

/// <summary>
/// The Workflow Service paths OpenText publishes, relative to the client's base address
/// (<c>https://{region}.api.opentext.com/workflow/v1/</c>). Sources: OpenText's Postman collections
/// (cloud-developer-tutorial, imaas-developer-tutorial) and the contract approval demo's <c>Tasks.js</c>, summarised in
/// shared/reference/opentext/README.md; every route is listed with its source in docs/api/workflow-service.md.
/// Anything else is a guess and lives in <see cref="AssumedRoutes"/>.
/// </summary>
internal static class WorkflowServiceRoutes
{
    /// <summary>GET: list models (<c>?modelType=&amp;key=&amp;latestVersion=true</c>, HAL <c>models</c>); POST: deploy <c>{modelType, modelContent}</c>.</summary>
    public const string Models = "runtime/models";

    /// <summary>POST: start; GET: list (HAL <c>process-instances</c>).</summary>
    public const string ProcessInstances = "process-instances";

    /// <summary>GET: list (HAL <c>tasks</c>; <c>sort, order, name, candidateOrAssigned, includeProcessVariables, offset</c>).</summary>
    public const string Tasks = "tasks";

    /// <summary>The published query parameters of the lists.</summary>
    public static class Query
    {
        /// <summary>Items to skip.</summary>
        public const string Offset = "offset";

        /// <summary>Sort field, e.g. <c>createTime</c>.</summary>
        public const string Sort = "sort";

        /// <summary><c>asc</c> or <c>desc</c>.</summary>
        public const string Order = "order";

        /// <summary>Models: <c>json</c> (modeler JSON) or another model type.</summary>
        public const string ModelType = "modelType";

        /// <summary>Models: the process key.</summary>
        public const string Key = "key";

        /// <summary>Models: only the newest version of each key.</summary>
        public const string LatestVersion = "latestVersion";

        /// <summary>Tasks: the task name.</summary>
        public const string Name = "name";

        /// <summary>Tasks: assigned to, or claimable by, this user.</summary>
        public const string CandidateOrAssigned = "candidateOrAssigned";

        /// <summary>Tasks (and process instances): include the process variables.</summary>
        public const string IncludeProcessVariables = "includeProcessVariables";
    }

    /// <summary>The HAL <c>_embedded</c> keys of the published lists.</summary>
    public static class Embedded
    {
        /// <summary>Of <see cref="WorkflowServiceRoutes.Models"/>.</summary>
        public const string Models = "models";

        /// <summary>Of <see cref="WorkflowServiceRoutes.ProcessInstances"/>.</summary>
        public const string ProcessInstances = "process-instances";

        /// <summary>Of <see cref="WorkflowServiceRoutes.Tasks"/>.</summary>
        public const string Tasks = "tasks";
    }

    /// <summary>DELETE a model.</summary>
    public static string Model(string id) => $"{Models}/{Escape(id)}";

    /// <summary>GET one instance; PUT an action <c>{action, comment}</c>; DELETE.</summary>
    public static string ProcessInstance(string id) => $"{ProcessInstances}/{Escape(id)}";

    /// <summary>POST an array of variables.</summary>
    public static string ProcessInstanceVariables(string id) => $"{ProcessInstance(id)}/variables";

    /// <summary>PUT one variable.</summary>
    public static string ProcessInstanceVariable(string id, string name) => $"{ProcessInstanceVariables(id)}/{Escape(name)}";

    /// <summary>Comments live on process instances (the body is assumed, see <see cref="AssumedRoutes"/>).</summary>
    public static string ProcessInstanceComments(string id) => $"{ProcessInstance(id)}/comments";

    /// <summary>POST an action: <c>{action: "claim", assignee}</c> or <c>{action: "complete", outcome, variables}</c>.</summary>
    public static string Task(string id) => $"{Tasks}/{Escape(id)}";

    internal static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        return Uri.EscapeDataString(segment);
    }
}
