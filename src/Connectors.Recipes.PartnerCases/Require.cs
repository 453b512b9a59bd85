namespace Connectors.Recipes.PartnerCases;

/// <summary>Option checks that fail when a recipe is added, naming the recipe and the option.</summary>
internal static class Require
{
    public static void NotEmpty(string? value, string recipe, string option)
        => That(!string.IsNullOrWhiteSpace(value), recipe, $"{option} is required.");

    public static void Positive(TimeSpan value, string recipe, string option)
        => That(value > TimeSpan.Zero, recipe, $"{option} must be positive (was {value}).");

    public static void That(bool condition, string recipe, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"{recipe} options are invalid: {message}");
        }
    }

    public static string Fill(string template, params (string Name, string? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            template = template.Replace("{" + name + "}", value ?? string.Empty, StringComparison.Ordinal);
        }

        return template;
    }
}
