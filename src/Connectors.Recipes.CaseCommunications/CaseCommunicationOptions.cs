using Connectors.OpenText.Exstream;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>Choices shared by the recipes that send a communication about a case.</summary>
public abstract class CaseCommunicationOptions
{
    /// <summary>The channel communications go out on. Default email.</summary>
    public CommunicationChannel Channel { get; set; } = CommunicationChannel.Email;

    /// <summary>Where the recipient is read from on the case.</summary>
    public RecipientAttributes Recipient { get; } = new();

    /// <summary>
    /// The case custom attributes that may be shown to the customer; only these are copied into the
    /// communication's data (with case id, number, title). Comments and internal notes never leave.
    /// </summary>
    public IList<string> SharedAttributes { get; } = [];

    /// <summary>Only cases of these case types; empty means every case type.</summary>
    public IList<string> CaseDefinitionIds { get; } = [];

    /// <summary>How often the trigger polls. Default one minute.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Checks the options; the message names every problem.</summary>
    /// <exception cref="InvalidOperationException">The options are not valid.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Channel.Value))
        {
            errors.Add("Channel is required.");
        }

        if (string.IsNullOrWhiteSpace(Recipient.Name))
        {
            errors.Add("Recipient.Name must name a case attribute.");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            errors.Add("PollInterval must be positive.");
        }

        AddErrors(errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{GetType().Name} is not valid: {string.Join(" ", errors)}");
        }
    }

    /// <summary>Adds the recipe's own checks.</summary>
    /// <param name="errors">The problems found so far.</param>
    protected abstract void AddErrors(List<string> errors);

    /// <summary>Checks that a template map has at least one entry and no empty template.</summary>
    /// <param name="errors">The problems found so far.</param>
    /// <param name="name">The option name.</param>
    /// <param name="templates">The map.</param>
    protected static void CheckTemplates(List<string> errors, string name, IDictionary<string, string> templates)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(templates);
        if (templates.Count == 0)
        {
            errors.Add($"{name} needs at least one entry.");
        }

        foreach (var (key, template) in templates)
        {
            if (string.IsNullOrWhiteSpace(template))
            {
                errors.Add($"{name}['{key}'] has no template (communication id).");
            }
        }
    }
}
