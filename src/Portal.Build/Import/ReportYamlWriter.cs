using System.Text;
using Portal.Build.Scaffold;
using Portal.Core.Model.Templates;

namespace Portal.Build.Import;

/// <summary>
/// Writes an imported report as <c>&lt;year&gt;.yml</c> in the shape <c>portal build</c> reads: figures exactly as
/// printed (17.70 stays 17.70), a blank cell as <c>null</c>, every table under its form's key.
/// </summary>
public static class ReportYamlWriter
{
    public static string Text(ImportedReport report, int year, string schemaPath, string sourceFormat)
    {
        var department = report.DepartmentName ?? Placeholders.DepartmentName;
        var title = $"{department} {year} 年度部门决算";
        var y = new StringBuilder();
        y.AppendLine($"# yaml-language-server: $schema={schemaPath}");
        y.AppendLine($"## 由 portal import 从公开的{sourceFormat}文件导入；请对照导入报告（{year}.import.txt）核对后发布。");
        y.AppendLine($"title: {Q(title)}");
        y.AppendLine("kinds: [决算]");
        y.AppendLine($"template: {report.Template.Name}");
        y.AppendLine("unit: 万元");
        y.AppendLine("source:");
        y.AppendLine($"  title: {Q(title)}");
        y.AppendLine($"  file: sources/{year}.txt");
        y.AppendLine($"  format: {Q($"由已公开的{sourceFormat}文件按版面提取的文本（portal import）")}");
        if (report.DepartmentName is not null)
        {
            y.AppendLine($"  published_by: {Q(report.DepartmentName)}");
        }

        var notes = report.Unplaced.Concat(report.Problems).ToList();
        if (notes.Count > 0)
        {
            y.AppendLine("transcription_notes:");
            foreach (var note in notes)
            {
                y.AppendLine($"  - {Quoted(note)}");
            }
        }

        y.AppendLine();
        if (report.Overview is { } overview)
        {
            Part(y, "overview", overview, null);
        }

        if (report.Tables.Count > 0)
        {
            y.AppendLine("tables:");
            foreach (var table in report.Tables)
            {
                Table(y, table);
            }

            y.AppendLine();
        }

        if (report.Explanation is { } explanation)
        {
            var heading = explanation.HeadingRaw;
            var space = heading.IndexOf(' ');
            Part(y, "explanation", explanation, space > 0 ? heading[(space + 1)..].Trim() : null);
        }

        if (report.GlossaryPart is { } glossary && report.Terms.Count > 0)
        {
            y.AppendLine("glossary:");
            y.AppendLine($"  heading_raw: {Q(glossary.HeadingRaw)}");
            y.AppendLine($"  source_line: {glossary.SourceLine}");
            y.AppendLine("  terms:");
            foreach (var term in report.Terms)
            {
                y.AppendLine($"    - {{term: {Quoted(term.Term)}, definition: {Quoted(term.Definition)}}}");
            }
        }

        return y.ToString();
    }

    private static void Part(StringBuilder y, string key, ImportedPart part, string? title)
    {
        y.AppendLine($"{key}:");
        if (title is not null)
        {
            y.AppendLine($"  title: {Q(title)}");
        }

        y.AppendLine($"  heading_raw: {Q(part.HeadingRaw)}");
        y.AppendLine($"  source_line: {part.SourceLine}");
        if (part.Paragraphs.Count > 0)
        {
            Body(y, "  ", part.Paragraphs);
        }

        if (part.Sections.Count > 0)
        {
            y.AppendLine("  sections:");
            foreach (var section in part.Sections)
            {
                Section(y, "    ", section);
            }
        }

        y.AppendLine();
    }

    private static void Section(StringBuilder y, string indent, ImportedSection section)
    {
        y.AppendLine($"{indent}- heading: {Q(section.Heading)}");
        var inner = indent + "  ";
        y.AppendLine($"{inner}heading_raw: {Q(section.HeadingRaw)}");
        if (section.Kind is not null)
        {
            y.AppendLine($"{inner}kind: {section.Kind}");
        }

        y.AppendLine($"{inner}source_line: {section.SourceLine}");
        if (section.Paragraphs.Count > 0)
        {
            Body(y, inner, section.Paragraphs);
        }

        if (section.Tables.Count > 0)
        {
            y.AppendLine($"{inner}tables:");
            foreach (var table in section.Tables)
            {
                y.AppendLine($"{inner}  - source_line: {table.SourceLine}");
                y.AppendLine($"{inner}    header: [{Cells(table.Header, numbers: false)}]".Replace("header: [", "header: [[") + "]");
                y.AppendLine($"{inner}    rows:");
                foreach (var row in table.Rows)
                {
                    y.AppendLine($"{inner}      - [{Cells(row, numbers: true)}]");
                }
            }
        }

        if (section.Sections.Count > 0)
        {
            y.AppendLine($"{inner}sections:");
            foreach (var child in section.Sections)
            {
                Section(y, inner + "  ", child);
            }
        }
    }

    private static void Body(StringBuilder y, string indent, List<string> paragraphs)
    {
        y.AppendLine($"{indent}body: |");
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                y.AppendLine();
            }

            y.AppendLine($"{indent}  {paragraphs[i]}");
        }
    }

    private static void Table(StringBuilder y, ImportedTable table)
    {
        var form = table.Form;
        y.AppendLine($"  {form.Id}:");
        y.AppendLine($"    title: {Q(form.Title)}");
        if (table.DepartmentRaw is not null)
        {
            y.AppendLine($"    department_raw: {Q(table.DepartmentRaw)}");
        }

        y.AppendLine($"    unit: {Q(table.Unit ?? "万元")}");
        y.AppendLine($"    source_line: {table.SourceLine}");
        if (table.NoData is not null)
        {
            y.AppendLine($"    no_data: {Quoted(table.NoData)}");
        }

        if (table.Notes.Count > 0)
        {
            y.AppendLine("    notes:");
            foreach (var note in table.Notes)
            {
                y.AppendLine($"      - {Quoted(note)}");
            }
        }

        switch (form.Shape)
        {
            case FormShape.TwoSided:
                Rows(y, "income", table.Income, amountsFrom: form.PrintsLineNumbers ? 2 : 1, form.PrintsLineNumbers);
                Rows(y, "expenditure", table.Expenditure, amountsFrom: form.PrintsLineNumbers ? 2 : 1, form.PrintsLineNumbers);
                break;
            case FormShape.Economic:
                y.AppendLine("    groups:");
                foreach (var group in table.Groups.Where(g => g.Count > 0))
                {
                    y.AppendLine("      -");
                    foreach (var row in group)
                    {
                        y.AppendLine($"        - [{Row(row, 2)}]");
                    }
                }

                if (table.PersonnelTotal is { } personnel)
                {
                    y.AppendLine($"    personnel_total: {Amount(personnel)}");
                }

                if (table.PublicTotal is { } @public)
                {
                    y.AppendLine($"    public_total: {Amount(@public)}");
                }

                break;
            case FormShape.Fixed:
                foreach (var side in new[] { "budget", "actual" })
                {
                    var cells = form.Columns.Where(c => c.Key.StartsWith(side + ".", StringComparison.Ordinal)).ToArray();
                    if (cells.Length > 0)
                    {
                        y.AppendLine($"    {side}: {{{string.Join(", ", cells.Select(c => $"{c.Key[(side.Length + 1)..]}: {Amount(table.Cells.GetValueOrDefault(c.Key, ImportedValue.Blank))}"))}}}");
                    }
                }

                break;
            case FormShape.Coded:
                Rows(y, "rows", table.Rows, amountsFrom: 2, lineNumber: false);
                break;
            default:
                if (table.Header.Count > 0)
                {
                    y.AppendLine($"    header: [[{Cells(table.Header, numbers: false)}]]");
                }

                y.AppendLine("    rows:");
                foreach (var row in table.Rows)
                {
                    y.AppendLine($"      - [{Cells(row, numbers: true)}]");
                }

                break;
        }
    }

    private static void Rows(StringBuilder y, string key, List<IReadOnlyList<ImportedValue>> rows, int amountsFrom, bool lineNumber)
    {
        if (rows.Count == 0)
        {
            y.AppendLine($"    {key}: []");
            return;
        }

        y.AppendLine($"    {key}:");
        foreach (var row in rows)
        {
            y.AppendLine($"      - [{Row(row, amountsFrom, lineNumber)}]");
        }
    }

    /// <summary>Label cells quoted (a code stays the text "201"), a 行次 and amounts plain as printed.</summary>
    private static string Row(IReadOnlyList<ImportedValue> row, int amountsFrom, bool lineNumber = false) =>
        string.Join(", ", row.Select((v, i) => i < amountsFrom && !(lineNumber && i == 0) ? Label(v) : Amount(v)));

    private static string Label(ImportedValue value) => value.Text is null ? "null" : Quoted(value.Text);

    private static string Amount(ImportedValue value) => value.Text ?? "null";

    private static string Cells(IReadOnlyList<ImportedValue> row, bool numbers) =>
        string.Join(", ", row.Select(v => v.Text is null ? "null" : numbers && Amounts.Clean(v.Text) == v.Text ? v.Text : Quoted(v.Text)));

    private static string Q(string text) => YamlScalar.Of(text);

    private static string Quoted(string text) => YamlScalar.Of(text) is var plain && plain.StartsWith('"') ? plain : $"\"{plain}\"";
}
