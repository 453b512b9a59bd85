using System.Text.Json;

namespace Connectors.OpenText.WorkflowService.Internal;

/// <summary>POST process-instances. The path is published; the body follows Flowable (the demo passes its form's body through).</summary>
internal sealed class StartProcessRequest
{
    public string? ProcessDefinitionKey { get; init; }

    public string? BusinessKey { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<WorkflowVariable> Variables { get; init => field = value ?? []; } = [];

    public bool ReturnVariables { get; init; }
}

/// <summary>Published: <c>POST tasks/{id}</c> with <c>{action: "claim", assignee}</c> or <c>{action: "complete", outcome, variables}</c>.</summary>
internal sealed class TaskActionRequest
{
    public required string Action { get; init; }

    public string? Assignee { get; init; }

    public string? Outcome { get; init; }

    public IReadOnlyList<WorkflowVariable>? Variables { get; init; }
}

/// <summary>Published: <c>PUT process-instances/{id}</c> with <c>{action, comment{…}}</c>; the comment's fields are assumed (<c>message</c>).</summary>
internal sealed class InstanceActionRequest
{
    public required string Action { get; init; }

    public CommentRequest? Comment { get; init; }
}

/// <summary>assumed: a comment body, <c>{message}</c>.</summary>
internal sealed class CommentRequest
{
    public required string Message { get; init; }
}

/// <summary>Published: <c>POST runtime/models</c> with <c>{modelType, modelContent}</c>.</summary>
internal sealed class DeployModelRequest
{
    public required string ModelType { get; init; }

    public JsonElement ModelContent { get; init; }
}

/// <summary>assumed: <c>PUT tasks/{id}</c> with the fields to change.</summary>
internal sealed class TaskUpdateRequest
{
    public string? Assignee { get; init; }

    public DateTimeOffset? DueDate { get; init; }

    public int? Priority { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Owner { get; init; }
}

/// <summary>assumed: a link attachment on a task.</summary>
internal sealed class AttachmentRequest
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? Type { get; init; }

    public string? Url { get; init; }
}

/// <summary>assumed: a callback subscription.</summary>
internal sealed class SubscriptionRequest
{
    public required string CallbackUrl { get; init; }

    public required string Secret { get; init; }

    public IReadOnlyList<WorkflowEventType> EventTypes { get; init => field = value ?? []; } = [];
}
