namespace Portal.Core.Model.Tables;

/// <summary>
/// The official form of one 公开 table: its number, title and amount columns.
/// For two-sided tables <see cref="Columns"/> are the expenditure side's amounts and the income side has one.
/// </summary>
public sealed record StandardTableSpec(string Id, string Code, string Title, IReadOnlyList<string> Columns)
{
    public static readonly StandardTableSpec T01 = new("t01", "公开01表", "收入支出决算总表", ["决算数"]);

    public static readonly StandardTableSpec T02 = new("t02", "公开02表", "收入决算表",
        ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]);

    public static readonly StandardTableSpec T03 = new("t03", "公开03表", "支出决算表",
        ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]);

    public static readonly StandardTableSpec T04 = new("t04", "公开04表", "财政拨款收入支出决算总表",
        ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]);

    public static readonly StandardTableSpec T05 = new("t05", "公开05表", "一般公共预算财政拨款支出决算表",
        ["小计", "基本支出", "项目支出"]);

    public static readonly StandardTableSpec T06 = new("t06", "公开06表", "一般公共预算财政拨款基本支出决算明细表",
        ["决算数"]);

    public static readonly StandardTableSpec T07 = new("t07", "公开07表", "政府性基金预算财政拨款收入支出决算表",
        ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"]);

    public static readonly StandardTableSpec T08 = new("t08", "公开08表", "国有资本经营预算财政拨款支出决算表",
        ["合计", "基本支出", "项目支出"]);

    public static readonly StandardTableSpec T09 = new("t09", "公开09表", "财政拨款“三公”经费支出决算表",
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"]);

    public static readonly IReadOnlyList<StandardTableSpec> All = [T01, T02, T03, T04, T05, T06, T07, T08, T09];

    public static StandardTableSpec? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>The anchor a journalist links to: <c>#t01</c> … <c>#t09</c>.</summary>
    public string Anchor => Id;
}
