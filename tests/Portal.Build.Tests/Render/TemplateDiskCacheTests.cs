using Portal.Build.Pipeline;
using Portal.Build.Render;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Render;

public sealed class TemplateDiskCacheTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "portal-template-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    [Fact]
    public void A_build_leaves_one_compiled_assembly_per_template_in_the_cache()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var result = new BuildPipeline(site.Config()).Build(new RazorSiteRenderer(1, _cache));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var compiled = Directory.GetFiles(_cache, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileName).ToArray();
        Assert.Contains("pages~Report.dll", compiled);
        Assert.Contains("layouts~_Layout.dll", compiled);
    }

    [Fact]
    public void A_new_process_loads_the_cached_templates_instead_of_compiling_and_renders_the_same_pages()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        new BuildPipeline(site.Config()).Build(new RazorSiteRenderer(1, _cache));
        var first = site.ReadOutput("ceshi/2023/index.html");
        var written = Directory.GetFiles(_cache, "*.dll", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        // A fresh renderer has a fresh engine, as a new process would: nothing compiled in memory yet.
        var result = new BuildPipeline(site.Config()).Build(new RazorSiteRenderer(1, _cache));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(first, site.ReadOutput("ceshi/2023/index.html"));
        Assert.Equal(written, Directory.GetFiles(_cache, "*.dll", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void Editing_a_template_is_seen_at_once_because_the_cache_is_keyed_by_the_theme_files()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        new BuildPipeline(site.Config()).Build(new RazorSiteRenderer(1, _cache));

        var layout = Path.Combine(site.Root, "themes", "default", "layouts", "_Layout.cshtml");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<p id=\"edited\">改过的模板</p></body>", StringComparison.Ordinal));
        var result = new BuildPipeline(site.Config()).Build(new RazorSiteRenderer(1, _cache));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("改过的模板", site.ReadOutput("index.html"));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(_cache, "templates")).Length);
    }
}
