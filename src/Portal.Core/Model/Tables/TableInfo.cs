namespace Portal.Core.Model.Tables;

/// <summary>What every 公开 table prints around its figures.</summary>
public sealed record TableInfo
{
    public required string Title { get; init; }

    public required string Code { get; init; }

    public string? DepartmentRaw { get; init; }

    public string Unit { get; init; } = "万元";

    public int? SourceLine { get; init; }

    /// <summary>The source's own "本表无数据" statement, when it made one.</summary>
    public string? NoData { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
