using System.Text.Json;

namespace Connectors.OpenText.WorkflowService.Internal;

/// <summary>POST process-instances. The path is published; the body follows Flowable (the demo passes its form's body through).</summary>
internal sealed class StartProcessRequest
{
    public string? ProcessDefinitionKey { get; set; }

    public string? BusinessKey { get; set; }

    public string? Name { get; set; }

    public IReadOnlyList<WorkflowVariable> Variables { get; init => field = value ?? []; } = [];

    public bool ReturnVariables { get; set; }
}

/// <summary>Published: <c>POST tasks/{id}</c> with <c>{action: "claim", assignee}</c> or <c>{action: "complete", outcome, variables}</c>.</summary>
internal sealed class TaskActionRequest
{
    public required string Action { get; set; }

    public string? Assignee { get; set; }

    public string? Outcome { get; set; }

    public IReadOnlyList<WorkflowVariable>? Variables { get; set; }
}

/// <summary>Published: <c>PUT process-instances/{id}</c> with <c>{action, comment{…}}</c>; the comment's fields are assumed (<c>message</c>).</summary>
internal sealed class InstanceActionRequest
{
    public required string Action { get; set; }

    public CommentRequest? Comment { get; set; }
}

/// <summary>assumed: a comment body, <c>{message}</c>.</summary>
internal sealed class CommentRequest
{
    public required string Message { get; set; }
}

/// <summary>Published: <c>POST runtime/models</c> with <c>{modelType, modelContent}</c>.</summary>
internal sealed class DeployModelRequest
{
    public required string ModelType { get; set; }

    public JsonElement ModelContent { get; set; }
}

/// <summary>assumed: <c>PUT tasks/{id}</c> with the fields to change.</summary>
internal sealed class TaskUpdateRequest
{
    public string? Assignee { get; set; }

    public DateTimeOffset? DueDate { get; set; }

    public int? Priority { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Owner { get; set; }
}

/// <summary>assumed: a link attachment on a task.</summary>
internal sealed class AttachmentRequest
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public string? Type { get; set; }

    public string? Url { get; set; }
}

/// <summary>assumed: a callback subscription.</summary>
internal sealed class SubscriptionRequest
{
    public required string CallbackUrl { get; set; }

    public required string Secret { get; set; }

    public IReadOnlyList<WorkflowEventType> EventTypes { get; init => field = value ?? []; } = [];
}
