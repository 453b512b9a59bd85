using System.Reflection;

namespace Connectors.Samples.Catalog;

/// <summary>Finds the checks compiled into an assembly.</summary>
public static class CatalogChecks
{
    /// <summary>Every non-abstract <see cref="ICatalogCheck"/> with a public parameterless constructor in <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The assembly; this sample when omitted.</param>
    public static IReadOnlyList<ICatalogCheck> Discover(Assembly? assembly = null)
        => (assembly ?? typeof(CatalogChecks).Assembly).GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICatalogCheck).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ICatalogCheck)Activator.CreateInstance(t)!)
            .ToList();
}
