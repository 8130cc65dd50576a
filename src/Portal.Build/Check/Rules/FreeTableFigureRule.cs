using Portal.Build.Check.Claims;
using Portal.Build.Figures;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 表间一致 for free-form tables: a 基础数据表 row that prints a figure of the 公开 tables (项目支出, 三公经费…; the
/// lexicon's <c>table_rows</c>) agrees with them, this year's 决算 column with this report's tables, last year's with
/// last year's report; a figure no table prints (政府采购支出总额) with what the report's text states. A 预算数 column is
/// compared where a 公开 table prints that budget: the 三公 rows with the 三公 table's 预算数 (其余 rows have no budget key).
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
                // A budget column's claim has a key only where a 公开 table prints that budget (the 三公 table's 预算数).
                if (claim.FigureKey is not { } key || report is null || ReportFigures.Resolve(report, key) is not { } figure)
                {
                    continue;
                }

                var side = claim.Phase == ClaimPhase.Final ? string.Empty : "预算数";
                yield return context.Compare(Id, FreeTablePaths.Cell(path, row, column), claim.Value, figure.Value,
                    $"{table.Title ?? table.HeadingRaw ?? "表格"}“{claim.Label}”行“{columnName}”", $"按{whose}{figure.Table?.ShortName ?? "正文所述"}{side}");
            }
        }
    }
}
