using Portal.Build.Check.Catalogue;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A 科目编码 printed with a name other than its official 科目名称: <c>names.function-code</c> for the
/// 功能分类 tables (02, 03, 05, 07, 08), <c>names.economic-code</c> for 公开06.
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
        var rows = new List<(StandardTableSpec Spec, string Path, CodedRow Row)>();
        if (_economic)
        {
            if (tables.T06 is { } t06)
            {
                rows.AddRange(t06.Groups.SelectMany((g, gi) => g.Select((r, ri) => (StandardTableSpec.T06, $"tables.t06.groups[{gi}][{ri}][1]", r))));
            }
        }
        else
        {
            foreach (var (spec, table) in new[] { (StandardTableSpec.T02, tables.T02), (StandardTableSpec.T03, tables.T03), (StandardTableSpec.T05, tables.T05), (StandardTableSpec.T07, tables.T07), (StandardTableSpec.T08, tables.T08) })
            {
                if (table is not null)
                {
                    rows.AddRange(table.Rows.Select((r, i) => (spec, $"tables.{spec.Id}.rows[{i}][1]", r)));
                }
            }
        }

        var catalogue = _economic ? CodeCatalogue.Economic : CodeCatalogue.Function;
        foreach (var (spec, path, row) in rows)
        {
            if (row.Code is { } code && catalogue.NameOf(code) is { } official && Normalize(official) != Normalize(row.Name))
            {
                yield return context.Flag(Id, FindingSeverity.Warning, path,
                    $"{spec.Code} 科目编码 {code} 印为“{row.Name}”，官方科目名称为“{official}”。", new CellRef(spec.Id, code, "科目名称"));
            }
        }
    }

    // Half- and full-width brackets and spaces are printing variants, not different names.
    private static string Normalize(string name) =>
        name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("　", string.Empty, StringComparison.Ordinal)
            .Replace('(', '（').Replace(')', '）');
}
