namespace Portal.Core.Model.Tables;

/// <summary>The nine 公开 tables of a report; a table the source did not publish is null.</summary>
public sealed record StandardTables
{
    public static readonly StandardTables Empty = new();

    public TwoSidedTable? T01 { get; init; }

    public CodedTable? T02 { get; init; }

    public CodedTable? T03 { get; init; }

    public TwoSidedTable? T04 { get; init; }

    public CodedTable? T05 { get; init; }

    public EconomicDetailTable? T06 { get; init; }

    public CodedTable? T07 { get; init; }

    public CodedTable? T08 { get; init; }

    public SangongTable? T09 { get; init; }

    public bool Any => T01 is not null || T02 is not null || T03 is not null || T04 is not null || T05 is not null
        || T06 is not null || T07 is not null || T08 is not null || T09 is not null;

    public TableInfo? InfoOf(string id) => id switch
    {
        "t01" => T01?.Info,
        "t02" => T02?.Info,
        "t03" => T03?.Info,
        "t04" => T04?.Info,
        "t05" => T05?.Info,
        "t06" => T06?.Info,
        "t07" => T07?.Info,
        "t08" => T08?.Info,
        "t09" => T09?.Info,
        _ => null,
    };
}
