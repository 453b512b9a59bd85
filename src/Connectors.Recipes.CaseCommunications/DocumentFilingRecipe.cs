using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>CC-EX-2: every output of a completed Exstream job that belongs to a case is attached to that case.</summary>
public static class DocumentFilingRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "CC-EX-2";

    /// <summary>The name of its poller.</summary>
    public const string Poller = Id + ".job-outputs";

    /// <summary>
    /// Adds CC-EX-2: for each output of a completed job whose correlation id is a <see cref="CaseLink"/>, download it
    /// and upload it to the case, once per job id + document id.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddDocumentFiling(this ScenariosBuilder builder, Action<DocumentFilingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new DocumentFilingOptions();
        configure?.Invoke(options);
        options.Validate();

        return builder.AddScenario(Id, s => s
            .From(ExstreamEventTriggers.Documents(Poller, options.PollInterval))
            .Where(d => CaseLink.TryParse(d.CorrelationId, out _))
            .Where(d => options.CommunicationIds.Count == 0 || (d.CommunicationId is not null && options.CommunicationIds.Contains(d.CommunicationId)))
            .Then("attach-document", d => $"{d.JobId}:{d.OutputId}", FileAsync));
    }

    private static async ValueTask FileAsync(GeneratedDocumentPayload document, StepContext step, CancellationToken cancellationToken)
    {
        CaseLink.TryParse(document.CorrelationId, out var caseRef);
        var coreCase = step.Services.GetRequiredService<CoreCaseClient>();
        var exstream = step.Services.GetRequiredService<ExstreamClient>();
        var fileName = document.FileName ?? $"{document.JobId}-{document.OutputId}";

        // An upload is not idempotent at Core Case: if an earlier attempt stored the file but was not journaled, keep it.
        await foreach (var existing in coreCase.Attachments.ListAsync(caseRef!, cancellationToken).ConfigureAwait(false))
        {
            if (existing.FileName == fileName)
            {
                return;
            }
        }

        await using var download = await exstream.Outputs.DownloadAsync(document.JobId, document.OutputId, cancellationToken).ConfigureAwait(false);

        // A seekable copy lets the client resend the upload after a token refresh; outputs are letters, not archives.
        using var buffer = new MemoryStream();
        await download.Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        await coreCase.Attachments.UploadAsync(
            caseRef!, buffer, fileName, document.MimeType ?? download.ContentType ?? "application/octet-stream", cancellationToken).ConfigureAwait(false);
    }
}
