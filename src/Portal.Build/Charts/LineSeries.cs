namespace Portal.Build.Charts;

/// <summary>One line of a trend chart: a name and a value per x label (null where there is no value).</summary>
public sealed record LineSeries(string Name, IReadOnlyList<decimal?> Values)
{
    /// <summary>What the line stands for (a department's slug), so a page script can show only the chosen ones.</summary>
    public string? Key { get; init; }
}
