namespace Connectors.Emulators.WorkflowService;

/// <summary>An error the emulated API answers with (status + Flowable-style body).</summary>
internal sealed class WorkflowApiException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static WorkflowApiException NotFound(string message) => new(404, message);

    public static WorkflowApiException BadRequest(string message) => new(400, message);

    public static WorkflowApiException Conflict(string message) => new(409, message);
}
