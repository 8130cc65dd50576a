using System.Text.RegularExpressions;
using Portal.Core.Diagnostics;

namespace Portal.Build.Load.Yaml.Plain;

/// <summary>
/// What a field holds, in the message language. The readers describe each field once, in English
/// (<c>RequiredText("title", "the report's title, e.g. …")</c>); on a Chinese site the description is said in Chinese
/// from this table, so the readers keep one argument and the translation stays in one place. A description not in
/// the table is said as written (many already name the field in Chinese: 公务接待费, 行次).
/// </summary>
internal static partial class FieldWords
{
    public static string In(MessageLanguage language, string what)
    {
        if (language == MessageLanguage.English)
        {
            return what;
        }

        if (Chinese.TryGetValue(what, out var words))
        {
            return words;
        }

        if (Example().Match(what) is { Success: true } example && Chinese.TryGetValue(example.Groups["what"].Value, out var head))
        {
            return $"{head}，例如 {example.Groups["example"].Value}";
        }

        if (AnAmount().Match(what) is { Success: true } amount)
        {
            return $"{amount.Groups["name"].Value}（金额）";
        }

        return InUnit().Match(what) is { Success: true } unit ? $"{unit.Groups["label"].Value}（{unit.Groups["unit"].Value}）" : what;
    }

    /// <summary>How a YAML node looks, for "现在是 …".</summary>
    public static string Describe(MessageLanguage language, string english) => language == MessageLanguage.English ? english : english switch
    {
        "a mapping" => "若干“键: 值”",
        "a list" => "一个列表",
        "an unsupported YAML node" => "YAML 不支持的写法",
        _ => english,
    };

    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["an amount"] = "金额",
        ["a whole number"] = "整数",
        ["a line number of the source document"] = "来源文件中的行号",
        ["a list of what the document is: [决算], [绩效自评] or [决算, 绩效自评]"] = "文件类别的列表：[决算]、[绩效自评] 或 [决算, 绩效自评]",
        ["one of province, city, district, county"] = "province、city、district、county 之一",
        ["the caption as printed"] = "图题，按原样",
        ["the change as printed, negative where the text says 减少/下降"] = "增减额，按原样（减少/下降写负数）",
        ["the change in % as printed (18.10 for 18.10%), negative for 减少/下降"] = "增减百分比，按原样（18.10% 写 18.10，减少/下降写负数）",
        ["the department's official name"] = "部门全称",
        ["the explanation as printed"] = "解释，按原样",
        ["the figure number as printed"] = "图号，按原样",
        ["the line of the source document where the text says it"] = "来源文件中写明它的那一行的行号",
        ["the overall score the text states"] = "正文所述的总分",
        ["the previous year's figure as printed"] = "上年数，按原样",
        ["the printed weight (50 for “(50分)”)"] = "分值，按原样（“(50分)”写 50）",
        ["the province"] = "省份",
        ["the published source document: {title, file}"] = "来源文件：{title, file}",
        ["the report's title"] = "报告标题",
        ["the section heading without its numbering"] = "不含编号的标题",
        ["the site's title"] = "网站名称",
        ["the source document's title"] = "来源文件的标题",
        ["the source file's path relative to the department folder"] = "来源文件相对于部门文件夹的路径",
        ["the stated_figures key the text compares with the previous year"] = "正文与上年比较的那个 stated_figures 键",
        ["the table number as printed"] = "表号，按原样",
        ["the table title as printed"] = "表名，按原样",
        ["the term as printed"] = "名词，按原样",
        ["the 一级指标 name"] = "一级指标名称",
        ["the 二级指标 name"] = "二级指标名称",
        ["the 三级指标 name"] = "三级指标名称",
        ["the 项目 name as printed"] = "项目名称，按原样",
        ["行次 (a whole number, or null)"] = "行次（整数，或 null）",
    };

    [GeneratedRegex("^(?<what>.+), e\\.g\\. (?<example>.+)$")]
    private static partial Regex Example();

    [GeneratedRegex("^(?<name>.+) \\(an amount\\)$")]
    private static partial Regex AnAmount();

    [GeneratedRegex("^(?<label>.+) in (?<unit>万元|元|人|%|个)$")]
    private static partial Regex InUnit();
}
