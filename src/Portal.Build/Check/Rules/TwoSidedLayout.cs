using Portal.Core.Model.Templates;
using System.Text.RegularExpressions;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// Reads one side of a two-sided table (收入支出决算总表, 财政拨款收入支出决算总表) by its printed labels: the parts above 本年收入合计/本年支出合计, that total,
/// the lines between it and 总计 (结余, 结转…; not the 一般公共预算/基金/国资 breakdown of 年初结转), and 总计.
/// </summary>
internal sealed class TwoSidedLayout
{
    private static readonly string[] Breakdown = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];

    private TwoSidedLayout(TableInfo info, IReadOnlyList<LineRow> rows, string side)
    {
        Info = info;
        Rows = rows;
        Side = side;
        Total = rows.ToList().FindIndex(r => Label(r).StartsWith("本年", StringComparison.Ordinal) && Label(r).EndsWith("合计", StringComparison.Ordinal));
        Grand = rows.ToList().FindIndex(r => Label(r) == "总计");
        Parts = Total < 0 ? [] : Enumerable.Range(0, Total).Where(i => rows[i].Item is not null).ToArray();
        Adjustments = Total < 0 || Grand < 0 ? [] : Enumerable.Range(Total + 1, Grand - Total - 1)
            .Where(i => rows[i].Item is not null && !Breakdown.Contains(Label(rows[i]))).ToArray();
    }

    public TableInfo Info { get; }

    public FormDefinition Form => Info.Form;

    /// <summary>How messages name the table: its printed label, else its title.</summary>
    public string ShortName => Info.ShortName;

    public IReadOnlyList<LineRow> Rows { get; }

    /// <summary><c>income</c> or <c>expenditure</c>, as in the YAML.</summary>
    public string Side { get; }

    public int Total { get; }

    public int Grand { get; }

    public IReadOnlyList<int> Parts { get; }

    public IReadOnlyList<int> Adjustments { get; }

    public static TwoSidedLayout Income(TwoSidedTable table) => new(table.Info, table.Income, "income");

    public static TwoSidedLayout Expenditure(TwoSidedTable table) => new(table.Info, table.Expenditure, "expenditure");

    /// <summary>The printed item without its “一、” numbering and spaces.</summary>
    public static string Label(LineRow row) => row.Label;

    public int Find(string label) => Rows.ToList().FindIndex(r => Label(r).Contains(label, StringComparison.Ordinal));

    public decimal? Amount(int index, int column) => index < 0 ? null : Rows[index].Amounts[column];

    public string Path(int index, int column) => TablePaths.Line(Form, Side, index, column);

    /// <summary>The printed name of amount <paramref name="column"/> on this side.</summary>
    public string ColumnName(int column) => (Side == "income" ? Form.IncomeColumns : Form.Columns) is var columns && column < columns.Count ? columns[column].Name : string.Empty;
}
