namespace Connectors.Recipes.CaseCommunications;

/// <summary>Options of CC-EX-2 (generated documents filed on the case).</summary>
public sealed class DocumentFilingOptions
{
    /// <summary>Only outputs of these communications (templates); empty means every communication linked to a case.</summary>
    public IList<string> CommunicationIds { get; } = [];

    /// <summary>How often the trigger polls. Default one minute.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOperationException">The options are not valid.</exception>
    public void Validate()
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("DocumentFilingOptions is not valid: PollInterval must be positive.");
        }

        if (CommunicationIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidOperationException("DocumentFilingOptions is not valid: CommunicationIds contains an empty id.");
        }
    }
}
