using Portal.Build.Check.Claims;
using Portal.Build.Figures;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 表间一致 for free-form tables: a 基础数据表 row that prints a figure of the 公开 tables (项目支出, 三公经费…; the
/// lexicon's <c>table_rows</c>) agrees with them, this year's 决算 column with this report's tables, last year's with
/// last year's report; a figure no table prints (政府采购支出总额) with what the report's text states. Budget columns are
/// not compared (the 公开 tables print no such budget figure).
/// </summary>
public sealed class FreeTableFigureRule : ICheckRule
{
    public string Id => "free-table.figure";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (path, table) in FreeTables.Of(context.Report))
        {
            foreach (var (claim, row, column, columnName) in FreeTableClaims.Read(table, context.Report.Year))
            {
                var (report, whose) = claim.Year switch
                {
                    ClaimYear.Current => (context.Report, "本报告"),
                    ClaimYear.Previous => (context.Previous, "上年报告"),
                    _ => (null, string.Empty),
                };
                // The figure as ReportFigures resolves it: the 公开 table's where printed, else what the report's text states
                // (政府采购支出总额 is stated, never tabled).
                if (claim.Phase != ClaimPhase.Final || report is null || ReportFigures.Resolve(report, claim.FigureKey!) is not { } figure)
                {
                    continue;
                }

                yield return context.Compare(Id, FreeTablePaths.Cell(path, row, column), claim.Value, figure.Value,
                    $"{table.Title ?? table.HeadingRaw ?? "表格"}“{claim.Label}”行“{columnName}”", $"按{whose}{figure.Table?.ShortName ?? "正文所述"}");
            }
        }
    }
}
