namespace Portal.Core.Model.Tables;

/// <summary>Any table that is not one of its template's forms, kept as printed rows of cells.</summary>
public sealed record GenericTable
{
    public string? Title { get; init; }

    public string? HeadingRaw { get; init; }

    public int? SourceLine { get; init; }

    public string? Unit { get; init; }

    public IReadOnlyList<IReadOnlyList<TableCell>> Header { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<TableCell>> Rows { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];
}
