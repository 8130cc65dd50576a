using System.Text;
using Portal.Build.Incremental;
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
    public void An_edit_in_one_department_renders_its_pages_and_the_site_wide_lists_but_not_the_other_department()
    {
        var first = _rebuilder.Rebuild([]);
        var edited = Path.Combine(_site.Content, "alpha", "2023.yml");
        File.WriteAllText(edited, SampleReports.WithTables.Replace("测试市机关事务局2023", "甲局2023", StringComparison.Ordinal));

        var second = _rebuilder.Rebuild([edited]);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal(first.Files!.Count(f => f.IsPage), first.RenderedPages);
        var betaPages = first.Files!.Count(f => f.IsPage && f.Path.StartsWith("beta/", StringComparison.Ordinal));
        Assert.Equal(first.RenderedPages - betaPages, second.RenderedPages);
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

    private static string Page(RebuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files!.Single(f => f.Path == path).Content);
}
