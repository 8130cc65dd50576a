using Portal.Core.Model.Templates;
using Portal.Build.Check.Catalogue;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A 科目编码 printed with a name other than its official 科目名称: <c>names.function-code</c> for the
/// 功能分类 (coded) tables, <c>names.economic-code</c> for the 经济分类 基本支出表.
/// </summary>
public sealed class CodeNameRule : ICheckRule
{
    private readonly bool _economic;

    private CodeNameRule(bool economic) => _economic = economic;

    public static CodeNameRule Function { get; } = new(false);

    public static CodeNameRule Economic { get; } = new(true);

    public string Id => _economic ? "names.economic-code" : "names.function-code";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var tables = context.Report.Tables;
        var rows = new List<(TableInfo Info, string Path, CodedRow Row)>();
        if (_economic)
        {
            foreach (var table in tables.All.OfType<EconomicDetailTable>())
            {
                rows.AddRange(table.Groups.SelectMany((g, gi) => g.Select((r, ri) => (table.Info, TablePaths.EconomicName(table.Info.Form, gi, ri), r))));
            }
        }
        else
        {
            foreach (var table in tables.Coded)
            {
                rows.AddRange(table.Rows.Select((r, i) => (table.Info, TablePaths.CodedName(table.Info.Form, i), r)));
            }
        }

        var catalogue = _economic ? CodeCatalogue.Economic : CodeCatalogue.Function;
        foreach (var (info, path, row) in rows)
        {
            if (row.Code is { } code && catalogue.NameOf(code) is { } official && Normalize(official) != Normalize(row.Name))
            {
                yield return context.Flag(Id, FindingSeverity.Warning, path,
                    $"{info.ShortName} 科目编码 {code} 印为“{row.Name}”，官方科目名称为“{official}”。", new CellRef(info.Form.Id, code, "科目名称"));
            }
        }
    }

    // Half- and full-width brackets and spaces are printing variants, not different names.
    private static string Normalize(string name) =>
        name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("　", string.Empty, StringComparison.Ordinal)
            .Replace('(', '（').Replace(')', '）');
}
