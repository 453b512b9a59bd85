using System.Globalization;
using Connectors.Emulators.CoreCase;
using Microsoft.Extensions.Configuration;

namespace Connectors.Samples.Hosting;

/// <summary>
/// The business choices the catalog recipes need, read from the <c>Recipes</c> configuration section
/// (appsettings, environment variables such as <c>Recipes__CaseDefinitionId</c>, user secrets or the command line).
/// Against the emulators every value has a default that matches the emulators' seed data.
/// </summary>
public sealed class RecipeSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Recipes";

    /// <summary>The Core Case case type of the cases the recipes open (sections A, B and C).</summary>
    public required string CaseDefinitionId { get; init; }

    /// <summary>The case type CC-EX-6 opens for failed deliveries; <see cref="CaseDefinitionId"/> when not set.</summary>
    public required string ContactDataCaseDefinitionId { get; init; }

    /// <summary>BigCommerce categories whose products need a compliance review (BC-CC-3).</summary>
    public required IReadOnlyList<int> RegulatedCategoryIds { get; init; }

    /// <summary>Time between polls of the partner-workflow poll twins when pollers run on their own.</summary>
    public required TimeSpan PollInterval { get; init; }

    /// <summary>Reads the settings.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="emulated">Whether the clients talk to the emulators (then every value has a default).</param>
    /// <exception cref="InvalidOperationException">Real systems are configured but <c>Recipes:CaseDefinitionId</c> or <c>Recipes:RegulatedCategoryIds</c> is not.</exception>
    public static RecipeSettings Bind(IConfiguration configuration, bool emulated)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var caseDefinitionId = section["CaseDefinitionId"];
        if (string.IsNullOrWhiteSpace(caseDefinitionId))
        {
            caseDefinitionId = emulated
                ? CoreCaseState.DefaultCaseDefinitionId
                : throw new InvalidOperationException($"{Section}:CaseDefinitionId is required when the sample points at real systems: the Core Case case type the recipes open cases of.");
        }

        var categories = section.GetSection("RegulatedCategoryIds").GetChildren()
            .Select(c => int.Parse(c.Value ?? string.Empty, NumberStyles.Integer, CultureInfo.InvariantCulture))
            .ToArray();
        if (categories.Length == 0 && !emulated)
        {
            throw new InvalidOperationException($"{Section}:RegulatedCategoryIds needs at least one BigCommerce category id when the sample points at real systems: the categories whose orders BC-CC-3 holds for a compliance review.");
        }

        var interval = section["PollInterval"];
        return new RecipeSettings
        {
            CaseDefinitionId = caseDefinitionId,
            ContactDataCaseDefinitionId = section["ContactDataCaseDefinitionId"] is { Length: > 0 } contact ? contact : caseDefinitionId,

            // 21 is the emulated store's "Regulated" category.
            RegulatedCategoryIds = categories.Length > 0 ? categories : [21],
            PollInterval = interval is null ? TimeSpan.FromMinutes(1) : TimeSpan.Parse(interval, CultureInfo.InvariantCulture),
        };
    }
}
