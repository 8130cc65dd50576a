using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Load;

/// <summary>Issue 14: values that validate used to accept and a later stage then choked on, or published broken.</summary>
public sealed class HostileValuesTests
{
    private static IReadOnlyList<Diagnostic> Load(string reportYaml)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, reportYaml);
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(site.Content, diagnostics);
        return diagnostics.Items;
    }

    private static string WithRow(string row) =>
        SampleReports.WithTables.Replace("[\"201\", 一般公共服务支出, 100.50,", row, StringComparison.Ordinal);

    [Fact]
    public void A_function_code_with_a_trailing_newline_is_not_a_code()
    {
        var error = Assert.Single(Load(WithRow("[\"201\\n\", 一般公共服务支出, 100.50,")));

        Assert.Equal(("tables.t02.rows[1][0]", 31, 10), (error.FieldPath, error.Location!.Line, error.Location.Column));
        Assert.Equal("expected a 功能分类 code of 3, 5 or 7 digits (or null on a 合计 row), found \"201\n\"", error.Message);
    }

    [Fact]
    public void A_department_slug_with_a_trailing_newline_is_not_a_slug()
    {
        Assert.True(ContentLoader.IsSlug("huaihua-jiguan-shiwu"));
        Assert.False(ContentLoader.IsSlug("huaihua-jiguan-shiwu\n"));
    }

    [Fact]
    public void A_diagnostic_quoting_a_value_with_a_newline_or_control_character_still_prints_as_one_line()
    {
        var diagnostic = new Diagnostic(BuildStage.Load, Severity.Error, new SourceLocation("content/a/2023.yml", 31, 18), "tables.t02.rows[1][0]", "found \"201\n\u0001\"");

        Assert.Equal("content/a/2023.yml:31:18: error: [load] tables.t02.rows[1][0]: found \"201\\n\\u0001\"", diagnostic.ToString());
    }

    [Theory]
    [InlineData("\"测试\\u0001标题\"", "U+0001")]
    [InlineData("\"测试\\x1B标题\"", "U+001B")]
    [InlineData("\"测试\\uFFFE标题\"", "U+FFFE")]
    public void A_title_with_a_character_a_feed_cannot_carry_is_refused_where_it_is(string title, string codePoint)
    {
        var error = Assert.Single(Load(SampleReports.WithTables.Replace("title: 测试市机关事务局2023年度部门决算\n", "title: " + title + "\n", StringComparison.Ordinal)));

        Assert.Equal(("title", 1, 8), (error.FieldPath, error.Location!.Line, error.Location.Column));
        Assert.Equal($"the text holds the invisible control character {codePoint}, which a web page or feed cannot carry: delete it (it often comes with text copied from a PDF)", error.Message);
    }

    [Fact]
    public void A_control_character_in_a_table_cell_is_refused_too()
    {
        var error = Assert.Single(Load(WithRow("[\"201\", \"一般公共\\u0007服务支出\", 100.50,")));

        Assert.Equal("tables.t02.rows[1][1]", error.FieldPath);
        Assert.StartsWith("the text holds the invisible control character U+0007", error.Message);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-1000000000000000")]
    public void An_amount_too_large_to_be_a_real_figure_is_a_located_error(string amount)
    {
        var error = Assert.Single(Load(WithRow($"[\"201\", 一般公共服务支出, {amount},")));

        Assert.Equal(("tables.t02.rows[1][2]", 31, 27), (error.FieldPath, error.Location!.Line, error.Location.Column));
        Assert.Equal($"expected an amount below 1,000,000,000,000,000 with at most 6 decimals, found {amount}: no 部门决算 prints such a figure", error.Message);
    }

    [Fact]
    public void An_amount_with_more_than_six_decimals_is_a_located_error()
    {
        var error = Assert.Single(Load(WithRow("[\"201\", 一般公共服务支出, 0.0000000000000000000000000001,")));

        Assert.Equal("tables.t02.rows[1][2]", error.FieldPath);
        Assert.StartsWith("expected an amount below 1,000,000,000,000,000 with at most 6 decimals", error.Message);
    }
}
