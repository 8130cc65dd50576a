namespace Portal.Build.Charts;

/// <summary>
/// One value of a chart with its label (a year, a 科目 name, a department); <see cref="Colour"/> picks the
/// palette colour when several bars belong together (one colour per department), else each bar has its own.
/// </summary>
public sealed record ChartDatum(string Label, decimal Value, int? Colour = null)
{
    /// <summary>What the datum belongs to (a department's slug on compare pages), so the page can show only the chosen ones.</summary>
    public string? Series { get; init; }
}
