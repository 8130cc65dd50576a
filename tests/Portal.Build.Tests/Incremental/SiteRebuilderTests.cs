using System.Text;
using Portal.Build.Incremental;
using Portal.Build.Pipeline;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Incremental;

public sealed class SiteRebuilderTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .WithReport("alpha", 2023, SampleReports.WithTables)
        .WithReport("beta", 2023, SampleReports.WithTables);

    private readonly SiteRebuilder _rebuilder;

    public SiteRebuilderTests() => _rebuilder = new SiteRebuilder(Path.Combine(_site.Root, "site.yml"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_edit_in_one_department_renders_its_pages_and_the_site_wide_pages_showing_what_changed_but_not_the_other_department()
    {
        var first = _rebuilder.Rebuild([]);
        var edited = Path.Combine(_site.Content, "alpha", "2023.yml");
        File.WriteAllText(edited, SampleReports.WithTables.Replace("测试市机关事务局2023", "甲局2023", StringComparison.Ordinal));

        var second = _rebuilder.Rebuild([edited]);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal(first.Files!.Count(f => f.IsPage), first.RenderedPages);
        // The report's title is listed on the home page, beside its glossary term, its findings and its data; the 分类
        // and 对比 pages show its figures, which did not change. The data page is always rendered: its model holds
        // the archive's member makers, which have no value to compare.
        Assert.Equal(["index.html", "alpha/index.html", "alpha/2023/index.html", "alpha/2023/source/index.html", "glossary/index.html", "checks/index.html", "data/index.html"], second.RenderedPaths);
        Assert.Contains("甲局2023", Page(second, "alpha/2023/index.html"));
        Assert.Equal(Page(first, "beta/2023/index.html"), Page(second, "beta/2023/index.html"));
    }

    [Fact]
    public void Rebuilding_writes_nothing_to_the_output_folder()
    {
        var result = _rebuilder.Rebuild([]);

        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_theme_edit_renders_every_page_with_the_new_template()
    {
        _rebuilder.Rebuild([]);
        var layout = Path.Combine(_site.Root, "themes", "default", "layouts", "_Layout.cshtml");
        var before = File.ReadAllText(layout);
        Assert.Contains("<main id=\"main\"", before);
        File.WriteAllText(layout, before.Replace("<main id=\"main\"", "<main id=\"main\" data-edited=\"theme\"", StringComparison.Ordinal));

        var result = _rebuilder.Rebuild([layout]);

        Assert.Equal(result.Files!.Count(f => f.IsPage), result.RenderedPages);
        Assert.Contains("<main id=\"main\" data-edited=\"theme\"", Page(result, "beta/2023/index.html"));
    }

    [Fact]
    public void A_failed_build_keeps_its_changes_for_the_next_one()
    {
        _rebuilder.Rebuild([]);
        var alpha = Path.Combine(_site.Content, "alpha", "2023.yml");
        var beta = Path.Combine(_site.Content, "beta", "2023.yml");
        File.WriteAllText(alpha, SampleReports.WithTables.Replace("测试市机关事务局2023", "甲局2023", StringComparison.Ordinal));
        File.WriteAllText(beta, SampleReports.WithTables + "\ncolour: red\n");

        var broken = _rebuilder.Rebuild([alpha, beta]);
        File.WriteAllText(beta, SampleReports.WithTables);
        var fixedBuild = _rebuilder.Rebuild([beta]);

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.ToString().Contains("不认识的键 'colour'", StringComparison.Ordinal));
        Assert.True(fixedBuild.Succeeded);
        Assert.Contains("甲局2023", Page(fixedBuild, "alpha/2023/index.html"));
    }

    [Fact]
    public void After_a_figure_is_edited_the_rebuilt_site_is_byte_for_byte_a_fresh_build_of_the_edited_content()
    {
        _site.WithReport("alpha", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal));
        _rebuilder.Rebuild([]);
        var edited = Path.Combine(_site.Content, "alpha", "2023.yml");
        // 行政运行 is a 科目 on a classification page, in the 公开02表 sums and beside last year's figure: the findings,
        // the 分类 page and the report's pages all change; beta's pages and the other 科目 do not.
        File.WriteAllText(edited, SampleReports.WithTables
            .Replace("[\"2010301\", 行政运行, 922.207", "[\"2010301\", 行政运行, 100.50", StringComparison.Ordinal)
            .Replace("[4, 一、一般公共服务支出, 100.5]", "[4, 一、一般公共服务支出, 90.5]", StringComparison.Ordinal));

        var rebuilt = _rebuilder.Rebuild([edited]);
        var fresh = new SiteRebuilder(Path.Combine(_site.Root, "site.yml")).Rebuild([]);

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Contains("classification/function/2010301/index.html", rebuilt.RenderedPaths);
        Assert.DoesNotContain("classification/function/201/index.html", rebuilt.RenderedPaths);
        Assert.DoesNotContain(rebuilt.RenderedPaths, p => p.StartsWith("beta/", StringComparison.Ordinal));
        AssertSameFiles(fresh, rebuilt);
        Assert.Equal(fresh.Findings.Select(f => f.Message), rebuilt.Findings.Select(f => f.Message));
        // And what portal build makes of it (no page, reading or finding kept from anywhere).
        var oneOff = new BuildPipeline(_site.Config()) { WritesOutput = false }.Build();
        AssertSameFiles(new RebuildResult([], oneOff.Output, 0, TimeSpan.Zero), rebuilt);
    }

    [Fact]
    public void After_last_year_is_edited_this_year_is_checked_again_against_it()
    {
        // 年初结转和结余 of 2023 is checked against 年末结转和结余 of 2022: both 5.00 at first, then 2022's is edited to 6.00.
        var lastYear = SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal)
            .Replace("[6, 总计, 100.50]", "[6, 年末结转和结余, 5.00]\n      - [7, 总计, 100.50]", StringComparison.Ordinal);
        _site.WithReport("alpha", 2022, lastYear)
            .WithReport("alpha", 2023, SampleReports.WithTables.Replace("[3, 总计, 100.50]", "[3, 年初结转和结余, 5.00]\n      - [7, 总计, 100.50]", StringComparison.Ordinal));
        var before = _rebuilder.Rebuild([]);
        var edited = Path.Combine(_site.Content, "alpha", "2022.yml");
        File.WriteAllText(edited, lastYear.Replace("[6, 年末结转和结余, 5.00]", "[6, 年末结转和结余, 6.00]", StringComparison.Ordinal));

        var rebuilt = _rebuilder.Rebuild([edited]);
        var fresh = new SiteRebuilder(Path.Combine(_site.Root, "site.yml")).Rebuild([]);

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.DoesNotContain(before.Findings, f => f.Rule == "year.carry-over");
        Assert.Equal(["alpha 2023 year.carry-over"], rebuilt.Findings.Where(f => f.Rule == "year.carry-over").Select(f => $"{f.DepartmentSlug} {f.Year} {f.Rule}"));
        Assert.Equal(fresh.Findings.Select(f => $"{f.DepartmentSlug} {f.Year} {f.Rule} {f.Message}"), rebuilt.Findings.Select(f => $"{f.DepartmentSlug} {f.Year} {f.Rule} {f.Message}"));
        AssertSameFiles(fresh, rebuilt);
    }

    /// <summary>The same files, path for path and byte for byte.</summary>
    private static void AssertSameFiles(RebuildResult expected, RebuildResult actual)
    {
        Assert.Equal(expected.Files!.Select(f => f.Path).Order(StringComparer.Ordinal), actual.Files!.Select(f => f.Path).Order(StringComparer.Ordinal));
        var actualFiles = actual.Files!.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Assert.Empty(expected.Files!.Where(f => !f.Content.AsSpan().SequenceEqual(actualFiles[f.Path].Content)).Select(f => f.Path));
    }

    private static string Page(RebuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files!.Single(f => f.Path == path).Content);
}
