using System.Text;
using Portal.Core.Model.Templates;

namespace Portal.Build.Load.Templates;

/// <summary>
/// The row shapes of every template's forms as Markdown, for <c>content/SCHEMA.md</c>: written from the definitions,
/// and a test keeps the file's copy equal to it (so the guide cannot drift from what the loader reads).
/// </summary>
public static class TemplateDocs
{
    public const string Begin = "<!-- tables: written from the template definitions by TemplateDocs; do not edit by hand -->";
    public const string End = "<!-- /tables -->";

    public static string Markdown(IEnumerable<TableTemplate> templates)
    {
        var text = new StringBuilder();
        foreach (var template in templates.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.Append($"### `template: {template.Name}` — {template.Title}\n\n");
            text.Append(template.Blank == BlankCell.Nothing
                ? "A blank printed cell means nothing was spent or received; write it `null`.\n\n"
                : "A blank printed cell is a figure not published; write it `null` (a printed 0.00 is `0.00`).\n\n");
            text.Append("| key | table | row shape |\n|---|---|---|\n");
            foreach (var form in template.Forms)
            {
                text.Append($"| `{form.Id}` | {form.DisplayName}{(form.Required ? string.Empty : "（非必填）")} | {Shape(form)} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Shape(FormDefinition form)
    {
        var names = string.Join(", ", form.Columns.Select(c => c.Name));
        var line = form.PrintsLineNumbers ? "行次, " : string.Empty;
        return form.Shape switch
        {
            FormShape.TwoSided => $"`income: - [{line}项目, {string.Join(", ", form.IncomeColumns.Select(c => c.Name))}]` and `expenditure: - [{line}项目, {names}]`",
            FormShape.Coded => $"`rows: - [code, 科目名称, {names}]`",
            FormShape.Economic => $"`groups:` the printed side-by-side groups, each a list of `- [经济分类code, 科目名称, {names}]`; `personnel_total`, `public_total`",
            FormShape.Fixed => string.Join(" and ", new[] { "budget", "actual" }.Select(side =>
                $"`{side}: {{{string.Join(", ", form.Columns.Where(c => c.Key.StartsWith(side + ".", StringComparison.Ordinal)).Select(c => c.Key[(side.Length + 1)..]))}}}`")),
            _ when form.Columns.Count > 0 => $"`rows: - [{names}]`",
            _ => $"`header:` and `rows:` as printed{(form.DefinitionNote is null ? string.Empty : $"（{form.DefinitionNote}）")}",
        };
    }
}
