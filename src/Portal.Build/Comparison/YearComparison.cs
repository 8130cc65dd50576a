namespace Portal.Build.Comparison;

/// <summary>
/// A report beside the previous year's: <see cref="PreviousYear"/> is set when the department's previous
/// report is on the site; otherwise only what the report's text states about the previous year is shown.
/// </summary>
public sealed record YearComparison(int Year, int? PreviousYear, string? PreviousPath)
{
    public static YearComparison None(int year) => new(year, null, null);

    /// <summary>收支总计, 本年收入, 本年支出, 三公经费, in the order of the report's headline.</summary>
    public IReadOnlyList<FigureComparison> Headline { get; init; } = [];

    /// <summary>Every figure either year has or the text compares.</summary>
    public IReadOnlyList<FigureComparison> Figures { get; init; } = [];

    public IReadOnlyList<TableComparison> Tables { get; init; } = [];

    public bool HasPreviousReport => PreviousYear is not null;

    public bool Any => Figures.Count > 0 || Tables.Count > 0;
}
