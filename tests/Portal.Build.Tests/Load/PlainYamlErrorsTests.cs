using System.Text.RegularExpressions;
using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Load;

/// <summary>
/// The mistakes a webmaster makes typing a report on a Chinese keyboard, each made exactly once in an otherwise valid
/// report: the one message it gets says, in plain words, where the mistake is and what to type instead.
/// </summary>
[Collection(WorkingFolderCollection.Name)]
public sealed class PlainYamlErrorsTests
{
    private const string File = "content/ceshi/2023.yml";

    private static string OnlyError(string yaml, MessageLanguage language = MessageLanguage.Chinese)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, yaml);
        var diagnostics = new DiagnosticBag();
        using (new WorkingFolder(site.Root))
        {
            ContentLoader.Load(site.Content, diagnostics, language: language);
        }

        return Assert.Single(diagnostics.Items).ToString().Replace('\\', '/');
    }

    private static string Mistake(string correct, string mistaken)
    {
        Assert.Contains(correct, SampleReports.WithTables, StringComparison.Ordinal);
        return SampleReports.WithTables.Replace(correct, mistaken, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_opens_not_where_the_file_ends()
    {
        Assert.Equal(
            $"{File}:2:8: error: [load] YAML 格式错误：这里的“[”没有配对的“]”（读到第 3 行还没有结束）：请在这一项的末尾补上“]”",
            OnlyError(Mistake("kinds: [决算]", "kinds: [决算")));
    }

    [Fact]
    public void An_unclosed_brace_in_a_table_row_is_reported_on_its_line()
    {
        Assert.Equal(
            $"{File}:43:13: error: [load] YAML 格式错误：这里的“{{”没有配对的“}}”（读到第 44 行还没有结束）：请在这一项的末尾补上“}}”",
            OnlyError(Mistake("budget: {total: 4.00, overseas: 0.00, vehicles: 2.00, vehicle_purchase: 0.00, vehicle_operation: 2.00, reception: 2.00}", "budget: {total: 4.00, overseas: 0.00, vehicles: 2.00, vehicle_purchase: 0.00, vehicle_operation: 2.00, reception: 2.00")));
    }

    [Fact]
    public void A_tab_used_for_indentation_is_named_on_its_line()
    {
        Assert.Equal(
            $"{File}:15:1: error: [load] YAML 格式错误：这一行用 Tab 键缩进了：YAML 只认空格，请把行首的 Tab 换成空格（每一级两个空格）",
            OnlyError(Mistake("  t01:\n", "\tt01:\n")));
    }

    [Fact]
    public void A_full_width_colon_after_a_key_is_named_with_the_key_to_write()
    {
        Assert.Equal(
            $"{File}:3:9: error: [load] YAML 格式错误：“template”后面用了中文冒号“：”：YAML 的键后面要用英文冒号加一个空格，写成 template: …",
            OnlyError(Mistake("template: hunan", "template：hunan")));
    }

    [Fact]
    public void A_full_width_colon_in_a_nested_key_is_named_on_its_own_line()
    {
        Assert.Equal(
            $"{File}:18:11: error: [load] YAML 格式错误：“income”后面用了中文冒号“：”：YAML 的键后面要用英文冒号加一个空格，写成 income: …",
            OnlyError(Mistake("    income:\n", "    income：\n")));
    }

    [Fact]
    public void A_full_width_comma_between_the_cells_of_a_row_is_pointed_at()
    {
        Assert.Equal(
            $"{File}:23:23: error: [load] tables.t01.expenditure[0]: 这里用了中文逗号“，”分隔：方括号 [ ] 和花括号 {{ }} 里的各项要用英文逗号“,”隔开（文字里本来就有的逗号请给整段文字加英文引号）（这一行应有 3 格，现在是 2 格）",
            OnlyError(Mistake("[4, 一、一般公共服务支出, 100.5]", "[4, 一、一般公共服务支出，100.5]")));
    }

    [Fact]
    public void A_full_width_comma_inside_braces_is_pointed_at()
    {
        Assert.Equal(
            $"{File}:4:37: error: [load] YAML 格式错误：这里用了中文逗号“，”分隔：方括号 [ ] 和花括号 {{ }} 里的各项要用英文逗号“,”隔开（文字里本来就有的逗号请给整段文字加英文引号）",
            OnlyError(Mistake("{title: 测试市机关事务局2023年度部门决算公开, file: sources/2023.txt}", "{title: 测试市机关事务局2023年度部门决算公开，file: sources/2023.txt}")));
    }

    [Fact]
    public void A_full_width_comma_in_the_kinds_list_is_named()
    {
        Assert.Equal(
            $"{File}:2:9: error: [load] kinds[0]: 这里用了中文逗号“，”分隔：方括号 [ ] 和花括号 {{ }} 里的各项要用英文逗号“,”隔开（文字里本来就有的逗号请给整段文字加英文引号）",
            OnlyError(Mistake("kinds: [决算]", "kinds: [决算，绩效自评]")));
    }

    [Fact]
    public void A_thousands_separator_that_splits_an_amount_in_two_cells_says_how_to_write_it()
    {
        Assert.Equal(
            $"{File}:21:17: error: [load] tables.t01.income[2]: 金额 1,000.00 里不要写千位分隔符“,”：写成 1000.00（这一行应有 3 格，现在是 4 格）",
            OnlyError(Mistake("[3, 总计, 100.50]", "[3, 总计, 1,000.00]")));
    }

    [Fact]
    public void A_thousands_separator_in_a_coded_row_is_found_among_nine_cells()
    {
        Assert.Equal(
            $"{File}:33:27: error: [load] tables.t02.rows[3]: 金额 1,922.207 里不要写千位分隔符“,”：写成 1922.207（这一行应有 9 格，现在是 10 格）",
            OnlyError(Mistake("[\"2010301\", 行政运行, 922.207,", "[\"2010301\", 行政运行, 1,922.207,")));
    }

    [Fact]
    public void A_quoted_amount_with_thousands_separators_says_how_to_write_it()
    {
        Assert.Equal(
            $"{File}:21:17: error: [load] tables.t01.income[2][2]: 金额 1,100.50 里不要写千位分隔符“,”：写成 1100.50",
            OnlyError(Mistake("[3, 总计, 100.50]", "[3, 总计, \"1,100.50\"]")));
    }

    [Fact]
    public void A_unit_typed_after_an_amount_says_to_leave_it_out()
    {
        Assert.Equal(
            $"{File}:21:17: error: [load] tables.t01.income[2][2]: 金额后面不要写单位“万元”：单位由报告的 unit 统一规定（默认万元），写成 100.50",
            OnlyError(Mistake("[3, 总计, 100.50]", "[3, 总计, 100.50万元]")));
    }

    [Fact]
    public void A_misspelt_required_key_gets_one_message_asking_did_you_mean_it()
    {
        Assert.Equal(
            $"{File}:1:1: error: [load] titel: 不认识的键 'titel'：是不是要写 'title'？（'title' 是必填的，现在缺少）这里可以用的键：appendix_titles, draft, explanation, glossary, kinds, other_tables, overview, performance, source, stated_figures, tables, template, title, transcription_notes, unit",
            OnlyError(Mistake("title: 测试市机关事务局2023年度部门决算\n", "titel: 测试市机关事务局2023年度部门决算\n")));
    }

    [Fact]
    public void A_misspelt_optional_key_is_asked_about_by_its_nearest_spelling()
    {
        Assert.Equal(
            $"{File}:3:1: error: [load] tempalte: 不认识的键 'tempalte'：是不是要写 'template'？这里可以用的键：appendix_titles, draft, explanation, glossary, kinds, other_tables, overview, performance, source, stated_figures, tables, template, title, transcription_notes, unit",
            OnlyError(Mistake("template: hunan", "tempalte: hunan")));
    }

    [Fact]
    public void A_key_far_from_every_allowed_key_gets_no_guess()
    {
        Assert.Equal(
            $"{File}:29:5: error: [load] tables.t02.colour: 不认识的键 'colour'：这里可以用的键：code, department_raw, no_data, notes, rows, source_line, title, unit",
            OnlyError(Mistake("    code: 公开02表", "    code: 公开02表\n    colour: red")));
    }

    [Fact]
    public void A_list_item_indented_one_space_short_is_explained_not_quoted_from_the_parser()
    {
        Assert.Equal(
            $"{File}:20:6: error: [load] YAML 格式错误：这一项的缩进和同一列表的其他项不一样：同一个列表的每一项“- ”都要从同一列开始",
            OnlyError(Mistake("      - [2, 本年收入合计, 100.50]", "     - [2, 本年收入合计, 100.50]")));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens()
    {
        Assert.Equal(
            $"{File}:47:34: error: [load] YAML 格式错误：这里的引号 \" 没有配对：请在这段文字的末尾补上 \"（文字里要用引号时，请用中文引号“ ”）",
            OnlyError(Mistake("definition: \"为保障行政单位运行用于购买货物和服务的各项资金。\"}", "definition: \"为保障行政单位运行用于购买货物和服务的各项资金。}")));
    }

    [Fact]
    public void An_english_site_gets_the_same_help_in_english()
    {
        Assert.Equal(
            $"{File}:21:17: error: [load] tables.t01.income[2]: do not write thousands separators in an amount: write 1,000.00 as 1000.00 (this row needs 3 cells, it has 4)",
            OnlyError(Mistake("[3, 总计, 100.50]", "[3, 总计, 1,000.00]"), MessageLanguage.English));
        Assert.Equal(
            $"{File}:1:1: error: [load] titel: unknown key 'titel'; did you mean 'title'? ('title' is required and missing) expected one of: appendix_titles, draft, explanation, glossary, kinds, other_tables, overview, performance, source, stated_figures, tables, template, title, transcription_notes, unit",
            OnlyError(Mistake("title: 测试市机关事务局2023年度部门决算\n", "titel: 测试市机关事务局2023年度部门决算\n"), MessageLanguage.English));
        Assert.Equal(
            $"{File}:2:8: error: [load] malformed YAML: this '[' is never closed (still open at line 3): add the ']' at the end of this item",
            OnlyError(Mistake("kinds: [决算]", "kinds: [决算"), MessageLanguage.English));
    }
}

public sealed class KeySuggestionTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("tittle", "title")]
    [InlineData("templat", "template")]
    [InlineData("glosary", "glossary")]
    public void A_key_within_two_edits_of_an_allowed_key_is_suggested(string typed, string suggested) =>
        Assert.Equal(suggested, Portal.Build.Load.Yaml.Plain.KeySuggestion.Nearest(typed, ["glossary", "kinds", "template", "title", "unit"]));

    [Theory]
    [InlineData("colour")]
    [InlineData("tables")]
    [InlineData("heading")]
    public void A_key_far_from_every_allowed_key_gets_no_suggestion(string typed) =>
        Assert.Null(Portal.Build.Load.Yaml.Plain.KeySuggestion.Nearest(typed, ["glossary", "kinds", "template", "title", "unit"]));
}

public sealed partial class FieldWordsTests
{
    /// <summary>
    /// Every description a reader gives of a field, as written in the loader's source, is said in Chinese on a Chinese
    /// site: either the table has it, or it already is Chinese. A new English description without Chinese fails here.
    /// </summary>
    [Fact]
    public void Every_field_description_of_the_loader_has_chinese_words()
    {
        var load = Path.Combine(RepositoryPaths.Root, "src", "Portal.Build", "Load");
        var described = Directory.GetFiles(load, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Description().Matches(File.ReadAllText(f)).Select(m => m.Groups["what"].Value))
            .Distinct()
            .ToArray();

        Assert.NotEmpty(described);
        Assert.DoesNotContain(described, what =>
            Portal.Build.Load.Yaml.Plain.FieldWords.In(MessageLanguage.Chinese, what) == what && !what.Any(c => c >= 0x4E00 && c <= 0x9FFF));
    }

    [Theory]
    [InlineData("the report's title, e.g. 怀化市机关事务管理局2023年度部门决算", "报告标题，例如 怀化市机关事务管理局2023年度部门决算")]
    [InlineData("公务接待费 (an amount)", "公务接待费（金额）")]
    [InlineData("收支总计 in 万元", "收支总计（万元）")]
    [InlineData("分值", "分值")]
    public void A_description_is_said_in_chinese(string english, string chinese) =>
        Assert.Equal(chinese, Portal.Build.Load.Yaml.Plain.FieldWords.In(MessageLanguage.Chinese, english));

    [GeneratedRegex("(?:RequiredText|MissingError|OptionalDecimal|OptionalInteger|\\.Decimal|\\.Integer)\\([^;]*?,\\s*\"(?<what>[^\"{]+)\"\\)")]
    private static partial Regex Description();
}
