using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Core.Diagnostics;

/// <summary>Turns on the recorder for one client.</summary>
public static class RecordingHttpClientBuilderExtensions
{
    /// <summary>
    /// Appends every call of this client to <paramref name="file"/> (JSON Lines, redacted; see <see cref="RecordingHandler"/>).
    /// Opt-in: nothing is recorded unless this is called. Call it on the builder that <c>Add…</c> returns.
    /// </summary>
    /// <param name="builder">The client's HTTP client builder, e.g. <c>services.AddBigCommerce(…)</c>.</param>
    /// <param name="system">The system name written on each line.</param>
    /// <param name="file">The fixture file.</param>
    public static IHttpClientBuilder AddRecording(this IHttpClientBuilder builder, string system, string file)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return builder.AddHttpMessageHandler(() => new RecordingHandler(system, file));
    }
}
