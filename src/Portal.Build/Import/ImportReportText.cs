using System.Text;
using Portal.Core.Model.Templates;

namespace Portal.Build.Import;

/// <summary>
/// The import report: a summary printed by <c>portal import</c> (tables found per form, cells filled and empty, what
/// could not be placed, the checker's findings) and, in the file written beside the report, every value's provenance.
/// </summary>
public static class ImportReportText
{
    public sealed record Text(string Summary, string Full);

    public static Text Write(ImportedReport report, string file, string yamlFile, IReadOnlyList<string> findings)
    {
        var s = new StringBuilder();
        s.AppendLine($"导入 {Path.GetFileName(file)} → {yamlFile}（模板 {report.Template.Name}：{report.Template.Title}）");
        s.AppendLine("各表：");
        var filled = 0;
        var empty = 0;
        foreach (var form in report.Template.Forms)
        {
            var table = report.Tables.FirstOrDefault(t => t.Form.Id == form.Id);
            if (table is null)
            {
                s.AppendLine($"  {form.DisplayName}：未找到{(form.Required ? "（必需的表：请手工录入）" : string.Empty)}");
                continue;
            }

            var cells = table.AmountCells().ToList();
            var withValue = cells.Count(c => c.Value.Text is not null);
            filled += withValue;
            empty += cells.Count - withValue;
            var rows = table.Rows.Count + Math.Max(table.Income.Count, table.Expenditure.Count) + table.Groups.Sum(g => g.Count);
            s.AppendLine($"  {form.DisplayName}：找到（{string.Join("、", table.Places)}），{rows} 行，{withValue} 格有数字，{cells.Count - withValue} 格空白（原表此格空白）{(table.NoData is not null ? "，表下印有“本表无数据”说明" : string.Empty)}");
        }

        s.AppendLine($"共 {filled} 格有数字，{empty} 格空白；空白格在原文件中就是空白（未印数字），录为 null。");
        if (report.Overview is not null || report.Explanation is not null)
        {
            s.AppendLine($"正文：{Count(report.Overview)} 节（概况），{Count(report.Explanation)} 节（情况说明），名词解释 {report.Terms.Count} 条。");
        }

        if (report.Columns.Count > 0)
        {
            List("没有表格线的表（栏位据表头定出，请对照原件核对）", report.Columns, s);
        }

        List("未能录入的单元格", report.Problems, s);
        List("未能安排的文字与表格（也写入了 transcription_notes）", report.Unplaced, s);
        List("数据核对与校验（portal check）对导入结果的意见", findings, s);
        var summary = s.ToString();

        var full = new StringBuilder(summary);
        full.AppendLine();
        full.AppendLine("每个数字的出处（YAML 路径 = 数值 ← 原文件中的位置）：");
        foreach (var table in report.Tables)
        {
            foreach (var (path, value) in table.AmountCells().Where(c => c.Value.Text is not null))
            {
                full.AppendLine($"  {path} = {value.Text} ← {value.Where}");
            }
        }

        if (report.Cover.Count > 0)
        {
            full.AppendLine();
            full.AppendLine("封面（未录入）：" + string.Join(" / ", report.Cover));
        }

        return new Text(summary, full.ToString());
    }

    private static int Count(ImportedPart? part) => part is null ? 0 : part.Sections.Sum(Count);

    private static int Count(ImportedSection section) => 1 + section.Sections.Sum(Count);

    private static void List(string title, IReadOnlyList<string> items, StringBuilder s)
    {
        if (items.Count == 0)
        {
            s.AppendLine($"{title}：无");
            return;
        }

        s.AppendLine($"{title}（{items.Count}）：");
        foreach (var item in items)
        {
            s.AppendLine($"  - {item}");
        }
    }
}
