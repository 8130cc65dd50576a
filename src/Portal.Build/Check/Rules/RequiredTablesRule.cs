namespace Portal.Build.Check.Rules;

/// <summary>
/// A 决算 publishes every table its template requires (an empty one with its “本表无数据” statement).
/// One finding per report naming every missing table.
/// </summary>
public sealed class RequiredTablesRule : ICheckRule
{
    public string Id => "complete.tables";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var report = context.Report;
        // Only a report that names its template is held to it: one that names none may be any province's.
        if (report.Template is null || report.Tables.Template is not { } template || !report.Kinds.Contains("决算"))
        {
            return [];
        }

        var required = template.Forms.Where(f => f.Required).ToArray();
        var missing = required.Where(f => report.Tables.ById(f.Id) is null).ToArray();
        if (missing.Length == 0)
        {
            return [];
        }

        return
        [
            context.Flag(Id, FindingSeverity.Error, report.Tables.Any ? "tables" : "title",
                $"部门决算应公开{template.Title}全部{required.Length}张表，本报告缺少{missing.Length}张：{string.Join("、", missing.Select(f => f.Label + f.Title))}。"),
        ];
    }
}
