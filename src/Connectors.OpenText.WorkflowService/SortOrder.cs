namespace Connectors.OpenText.WorkflowService;

/// <summary>Sort direction of a list.</summary>
public enum SortOrder
{
    /// <summary>Oldest or smallest first.</summary>
    Ascending,

    /// <summary>Newest or largest first.</summary>
    Descending,
}
