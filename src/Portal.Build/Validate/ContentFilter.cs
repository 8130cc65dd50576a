using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Validate;

/// <summary>
/// What of the loaded content is built: drafts only when asked (portal serve), one department when asked
/// (<c>portal serve --only</c>). Everything is loaded and validated first, so a mistake in a left-out file is still reported.
/// </summary>
internal static class ContentFilter
{
    public static ContentSet Apply(ContentSet content, bool includeDrafts, string? onlyDepartment, DiagnosticBag diagnostics, MessageLanguage language)
    {
        if (onlyDepartment is not null && content.Departments.All(d => d.Department.Slug != onlyDepartment))
        {
            diagnostics.Error(BuildStage.Validate, null, null, language.Say(
                $"没有名为 {onlyDepartment} 的部门文件夹：--only 要写 content 下的文件夹名，现有：{string.Join(", ", content.Departments.Select(d => d.Department.Slug))}",
                $"there is no department folder {onlyDepartment}: --only takes a folder name under content; there are: {string.Join(", ", content.Departments.Select(d => d.Department.Slug))}"));
            return content;
        }

        var departments = new List<DepartmentContent>(content.Departments.Count);
        foreach (var entry in content.Departments)
        {
            if (onlyDepartment is not null && entry.Department.Slug != onlyDepartment)
            {
                continue;
            }

            var reports = includeDrafts ? entry.Reports : entry.Reports.Where(r => !r.Draft).ToArray();
            foreach (var draft in entry.Reports.Except(reports))
            {
                diagnostics.Warning(BuildStage.Validate, draft.SourceMap.Find("draft"), "draft", language.Say(
                    "这份报告标着 draft: true（草稿），不发布；portal serve 中可以预览，定稿后删去这一行",
                    "this report is marked draft: true and is not published; portal serve shows it for previewing, delete the line when it is final"));
            }

            // A department whose every report is a draft is not published yet either.
            if (reports.Count > 0 || entry.Reports.Count == 0)
            {
                departments.Add(reports.Count == entry.Reports.Count ? entry : entry with { Reports = reports });
            }
        }

        return departments.Count == content.Departments.Count && departments.SequenceEqual(content.Departments) ? content : new ContentSet(departments);
    }
}
