namespace Connectors.Samples.Catalog;

/// <summary>
/// The base of a catalog check: reports NOT WIRED while the recipe named <see cref="Id"/> is not registered (or
/// the check needs the emulators and the host points at real systems), turns exceptions into FAILED, and
/// otherwise runs <see cref="DriveAsync"/>.
/// </summary>
public abstract class RecipeCheck : ICatalogCheck
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <summary>Whether the check changes state in the emulators (most do); such checks do not run against real systems.</summary>
    protected virtual bool NeedsEmulators => true;

    /// <summary>Whether the host has the recipe: by default, a scenario named <see cref="Id"/> is registered.</summary>
    /// <param name="context">The running host.</param>
    protected virtual bool IsWired(CatalogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.IsRegistered(Id);
    }

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CatalogContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsWired(context))
        {
            return CheckResult.NotWired($"recipe {Id} is not registered");
        }

        if (NeedsEmulators && !context.IsEmulated)
        {
            return CheckResult.NotWired("skipped: real systems (the check changes state that only the emulators may be changed for)");
        }

        try
        {
            return await DriveAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return CheckResult.Failed($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Triggers the flow (change emulator state and poll, or submit to the inbox), waits, verifies.</summary>
    /// <param name="context">The running host.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>OK with what was verified, or FAILED with what was found.</returns>
    protected abstract Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken);
}
