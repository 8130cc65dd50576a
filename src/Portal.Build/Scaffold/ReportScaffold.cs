using System.Text;
using Portal.Core.Model;
using Portal.Core.Model.Templates;

namespace Portal.Build.Scaffold;

/// <summary>
/// The text of a new <c>&lt;year&gt;.yml</c>: the required keys filled with placeholders so the file builds at
/// once, and every other part of the schema present as commented YAML. Lines starting with <c>"# "</c> are
/// YAML to switch on by deleting those two characters; lines starting with <c>"## "</c> are explanations.
/// Amounts are left <c>null</c>: the webmaster types the printed figures, nothing is made up.
/// </summary>
public static class ReportScaffold
{
    public static string Text(string schemaPath, string departmentName, int year, TableTemplate template)
    {
        var y = new StringBuilder();
        y.AppendLine($"# yaml-language-server: $schema={schemaPath}");
        y.AppendLine($"## {departmentName} {year}年度。填写说明见 content/SCHEMA.md；编辑器按上面一行的 JSON Schema 自动补全和检查。");
        y.AppendLine("## 数字按公开文件原样填写（精确小数，如 922.207、0.00），null 表示未公开或空白。");
        y.AppendLine("## 以 \"# \" 开头的行是可启用的内容：删去 \"# \" 两个字符即可；未公开的部分保持注释。");
        y.AppendLine();
        y.AppendLine($"title: {YamlScalar.Of($"{departmentName}{year}年度部门决算")}          ## 报告标题（按原样）");
        y.AppendLine("kinds: [决算]                        ## 决算 和/或 绩效自评，例如 [决算, 绩效自评]");
        y.AppendLine($"template: {template.Name}".PadRight(37) + $"## {template.Title}；可用模板见 README “Table templates”");
        y.AppendLine("unit: 万元");
        y.AppendLine("source:");
        y.AppendLine($"  title: {YamlScalar.Of($"{departmentName}{year}年度部门决算公开")}     ## 来源文件标题");
        y.AppendLine($"  file: sources/{year}.txt             ## 把公开文件的文本放在这里，网站在报告旁发布");
        y.AppendLine("#   format: 由已公开的Word文件提取的文本");
        y.AppendLine($"#   published_by: {YamlScalar.Of(departmentName)}");
        y.AppendLine();
        y.AppendLine("# transcription_notes:                ## 录入时发现的问题（错位、乱码等）");
        y.AppendLine("#   - \"\"");
        y.AppendLine();
        y.AppendLine("## 报告正文所述的主要数字：仅用于未公开决算表的报告，只填正文写明的数字");
        y.AppendLine("# stated_figures:");
        foreach (var key in StatedFigureKey.All)
        {
            y.AppendLine($"#   {key.Key}: null".PadRight(40) + $"## {key.Label}（{key.Unit}）");
        }

        y.AppendLine();
        // 部门概况 starts switched on: a report needs one part to build, and nearly every report has this one.
        Document(y, "overview", "第一部分 部门概况", "部门职责", "一、部门职责", "duties", enabled: true);
        Tables(y, template);
        y.AppendLine("## 来源文件只列出名称而未附数据的附表");
        y.AppendLine("# appendix_titles:");
        y.AppendLine("#   - \"\"");
        y.AppendLine();
        Document(y, "explanation", $"第三部分 {year}年度部门决算情况说明", "收入支出决算总体情况说明", "一、收入支出决算总体情况说明", "income_expenditure_overview", enabled: false);
        y.AppendLine("## 名词解释");
        y.AppendLine("# glossary:");
        y.AppendLine("#   heading_raw: 第四部分 名词解释");
        y.AppendLine("#   source_line: null");
        y.AppendLine("#   terms:");
        y.AppendLine($"#     - {{term: 机关运行经费, definition: \"{Placeholders.AsPrinted}\"}}");
        y.AppendLine();
        Performance(y);
        y.AppendLine("## 其他表格（模板各表以外）");
        y.AppendLine("# other_tables:");
        GenericTable(y, "#   ");
        return y.ToString();
    }

    private static void Document(StringBuilder y, string key, string headingRaw, string heading, string sectionRaw, string kind, bool enabled)
    {
        var off = enabled ? string.Empty : "# ";
        y.AppendLine($"## {headingRaw}");
        y.AppendLine($"{off}{key}:");
        DocumentBody(y, off + "  ", headingRaw, heading, sectionRaw, kind);
        y.AppendLine();
    }

    private static void DocumentBody(StringBuilder y, string indent, string headingRaw, string heading, string sectionRaw, string? kind)
    {
        y.AppendLine($"{indent}heading_raw: {headingRaw}");
        y.AppendLine($"{indent}source_line: null               ## 标题在来源文件中的行号");
        y.AppendLine($"{indent}sections:");
        y.AppendLine($"{indent}  - heading: {heading}");
        y.AppendLine($"{indent}    heading_raw: {sectionRaw}");
        if (kind is not null)
        {
            y.AppendLine($"{indent}    kind: {kind}".PadRight(44) + "## 本节主题，决定锚点（见 SCHEMA.md）");
        }

        y.AppendLine($"{indent}    source_line: null");
        y.AppendLine($"{indent}    body: |");
        y.AppendLine($"{indent}      {Placeholders.AsPrinted}（Markdown，段落之间空一行）。");
    }

    /// <summary>The template's tables, each commented out, written from its form definition (the one source of their shape).</summary>
    private static void Tables(StringBuilder y, TableTemplate template)
    {
        y.AppendLine($"## 部门决算表（{template.Title}）：启用 tables: 和公开了的各表");
        y.AppendLine("# tables:");
        foreach (var form in template.Forms)
        {
            y.AppendLine($"#   {form.Id}:".PadRight(40) + $"## {form.DisplayName}");
            y.AppendLine($"#     title: {form.Title}");
            if (form.Label is not null)
            {
                y.AppendLine($"#     code: {form.Label}");
            }

            y.AppendLine("#     department_raw: null              ## 表头“部门：”一行");
            y.AppendLine("#     unit: 万元");
            y.AppendLine("#     source_line: null");
            y.AppendLine("#     notes: []                         ## 表下的“注：”各行");
            var blanks = string.Join(", ", form.Columns.Select(_ => "null"));
            var names = string.Join(", ", form.Columns.Select(c => c.Name));
            switch (form.Shape)
            {
                case FormShape.TwoSided:
                    var line = form.PrintsLineNumbers ? "行次, " : string.Empty;
                    var lineValue = form.PrintsLineNumbers ? "1, " : string.Empty;
                    y.AppendLine($"#     income:                           ## [{line}项目, {string.Join(", ", form.IncomeColumns.Select(c => c.Name))}]");
                    y.AppendLine($"#       - [{lineValue}一、一般公共预算财政拨款收入, {string.Join(", ", form.IncomeColumns.Select(_ => "null"))}]");
                    y.AppendLine($"#     expenditure:                      ## [{line}项目, {names}]");
                    y.AppendLine($"#       - [{lineValue}一、一般公共服务支出, {blanks}]");
                    break;
                case FormShape.Economic:
                    y.AppendLine($"#     groups:                           ## 并排印刷的各栏组，每行 [经济分类科目编码, 科目名称, {names}]");
                    y.AppendLine("#       -");
                    y.AppendLine("#         - [\"301\", 工资福利支出, null]");
                    y.AppendLine("#     personnel_total: null             ## 人员经费合计");
                    y.AppendLine("#     public_total: null                ## 公用经费合计");
                    break;
                case FormShape.Fixed:
                    foreach (var (side, label) in new[] { ("budget", "预算数"), ("actual", "决算数") })
                    {
                        var cells = form.Columns.Where(c => c.Key.StartsWith(side + ".", StringComparison.Ordinal)).ToArray();
                        y.AppendLine($"#     {side}: {{{string.Join(", ", cells.Select(c => $"{c.Key[(side.Length + 1)..]}: null"))}}}   ## {label}");
                    }

                    break;
                case FormShape.Coded:
                    y.AppendLine($"#     rows:                             ## [科目编码, 科目名称, {names}]；合计行编码为 null");
                    y.AppendLine($"#       - [null, 合计, {blanks}]");
                    y.AppendLine($"#       - [\"201\", 一般公共服务支出, {blanks}]");
                    break;
                default:
                    var cellsOf = form.Columns.Count > 0 ? names : "按原表各栏";
                    if (form.Columns.Count == 0)
                    {
                        y.AppendLine("#     header: [[按原表表头]]             ## 模板未给出此表的表头：照原表填写");
                    }

                    y.AppendLine($"#     rows:                             ## [{cellsOf}]");
                    y.AppendLine($"#       - [{(form.Columns.Count > 0 ? blanks : "null")}]");
                    break;
            }
        }

        y.AppendLine();
    }

    private static void Performance(StringBuilder y)
    {
        y.AppendLine("## 绩效自评");
        y.AppendLine("# performance:");
        y.AppendLine("#   heading_raw: 第五部分 附件");
        y.AppendLine("#   overall:                            ## 部门整体支出绩效");
        y.AppendLine("#     evaluation:                       ## 部门整体支出绩效自评表");
        Evaluation(y, "#       ", "部门整体支出绩效自评表");
        y.AppendLine("#     report:                           ## 部门整体支出绩效自评报告");
        DocumentBody(y, "#       ", "部门整体支出绩效自评报告", "基本情况", "一、基本情况", null);
        y.AppendLine("#     tables:                           ## 例如 部门整体支出绩效评价基础数据表");
        GenericTable(y, "#       ");
        y.AppendLine("#     score: null                       ## 正文所述的自评总分");
        y.AppendLine("#   reports: []                         ## 不属于单个项目的其他绩效报告");
        y.AppendLine("#   projects:                           ## 各项目");
        y.AppendLine("#     - name: 项目名称");
        y.AppendLine("#       evaluation:                     ## 项目支出绩效自评表");
        Evaluation(y, "#         ", "项目支出绩效自评表");
        y.AppendLine();
    }

    private static void Evaluation(StringBuilder y, string indent, string title)
    {
        y.AppendLine($"{indent}title: {title}");
        y.AppendLine($"{indent}period: null");
        y.AppendLine($"{indent}source_line: null");
        y.AppendLine($"{indent}fields:                              ## 资金行以上的“标签/内容”单元格");
        y.AppendLine($"{indent}  - [主管部门, null]");
        y.AppendLine($"{indent}funds:                               ## [名称, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分]");
        y.AppendLine($"{indent}  - [年度资金总额, null, null, null, null, null, null]");
        y.AppendLine($"{indent}goals:");
        y.AppendLine($"{indent}  expected: {Placeholders.AsPrinted}                ## 预期目标");
        y.AppendLine($"{indent}  actual: {Placeholders.AsPrinted}                  ## 实际完成情况");
        y.AppendLine($"{indent}indicators:");
        y.AppendLine($"{indent}  - name: 产出指标                    ## 一级指标");
        y.AppendLine($"{indent}    weight: null");
        y.AppendLine($"{indent}    groups:");
        y.AppendLine($"{indent}      - name: 数量指标                ## 二级指标");
        y.AppendLine($"{indent}        items:                        ## 三级指标");
        y.AppendLine($"{indent}          - {{name: 指标名称, target: null, actual: null, max: null, score: null, note: null}}");
        y.AppendLine($"{indent}total: {{max: null, score: null}}      ## 总分");
    }

    private static void GenericTable(StringBuilder y, string indent)
    {
        y.AppendLine($"{indent}- title: 表名");
        y.AppendLine($"{indent}  source_line: null");
        y.AppendLine($"{indent}  unit: 万元");
        y.AppendLine($"{indent}  header: [[指标, 决算数]]");
        y.AppendLine($"{indent}  rows:");
        y.AppendLine($"{indent}    - [{Placeholders.AsPrinted}, null]");
    }
}
