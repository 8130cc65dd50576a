using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A 决算 under the 湖南 template publishes all nine 公开 tables (an empty one with its “本表无数据” statement).
/// One finding per report naming every missing table.
/// </summary>
public sealed class RequiredTablesRule : ICheckRule
{
    public string Id => "complete.tables";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var report = context.Report;
        if (report.Template != "hunan" || !report.Kinds.Contains("决算"))
        {
            return [];
        }

        var missing = StandardTableSpec.All.Where(s => report.Tables.InfoOf(s.Id) is null).ToArray();
        if (missing.Length == 0)
        {
            return [];
        }

        return
        [
            context.Flag(Id, FindingSeverity.Error, report.Tables.Any ? "tables" : "title",
                $"部门决算应公开全部九张表（公开01–09表），本报告缺少{missing.Length}张：{string.Join("、", missing.Select(s => s.Code + s.Title))}。"),
        ];
    }
}
