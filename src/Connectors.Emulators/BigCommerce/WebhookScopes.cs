namespace Connectors.Emulators.BigCommerce;

/// <summary>How a hook's scope selects events: exactly, or by a trailing wildcard (<c>store/order/*</c>).</summary>
public static class WebhookScopes
{
    /// <summary>Whether a hook registered for <paramref name="hookScope"/> receives an event of <paramref name="scope"/>.</summary>
    /// <param name="hookScope">The hook's scope, e.g. <c>store/order/*</c>.</param>
    /// <param name="scope">The event's scope, e.g. <c>store/order/statusUpdated</c>.</param>
    public static bool Matches(string hookScope, string scope)
    {
        ArgumentNullException.ThrowIfNull(hookScope);
        ArgumentNullException.ThrowIfNull(scope);
        return string.Equals(hookScope, scope, StringComparison.Ordinal)
               || (hookScope.EndsWith("/*", StringComparison.Ordinal) && scope.StartsWith(hookScope[..^1], StringComparison.Ordinal));
    }
}
