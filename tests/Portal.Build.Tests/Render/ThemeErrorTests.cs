using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Build.Render;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Render;

/// <summary>Issue 14: a broken theme template or language file is an error at its file, line and column.</summary>
public sealed class ThemeErrorTests
{
    private static Diagnostic OnlyError(TempSite site)
    {
        var result = site.Build();
        Assert.False(Directory.Exists(site.Output));
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_template_that_does_not_compile_is_an_error_at_its_line_in_the_cshtml()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("themes/default/pages/Glossary.cshtml", "@model Portal.Build.Modeling.GlossaryPage\n<p>@Model.NoSuchProperty</p>\n");

        var error = OnlyError(site);

        Assert.Equal(ContentLoader.Display(Path.Combine(site.Root, "themes", "default", "pages", "Glossary.cshtml")), error.Location!.File);
        // The line is exact; the column is the compiler's, mapped back through Razor's generated code.
        Assert.Equal((BuildStage.Render, 2), (error.Stage, error.Location.Line));
        Assert.StartsWith("the theme template does not compile: 'GlossaryPage' does not contain a definition for 'NoSuchProperty'", error.Message);
    }

    [Fact]
    public void A_broken_template_of_the_last_pages_fails_the_build_before_the_first_page_is_rendered()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        // The search page comes after every department's pages.
        site.Write("themes/default/pages/Search.cshtml", "@model SearchPage\n<p>@Model.NoSuchProperty</p>\n");
        var seen = new PagesSeen();

        var result = new BuildPipeline(site.Config()).Build(observers: [seen]);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((ContentLoader.Display(Path.Combine(site.Root, "themes", "default", "pages", "Search.cshtml")), 2), (error.Location!.File, error.Location.Line));
        Assert.StartsWith("the theme template does not compile: 'SearchPage' does not contain a definition for 'NoSuchProperty'", error.Message);
        Assert.Equal(0, seen.Pages);
        Assert.False(Directory.Exists(site.Output));
    }

    private sealed class PagesSeen : IOutputObserver
    {
        public int Pages { get; private set; }

        public IReadOnlyList<OutputFile> Observe(OutputFile file)
        {
            Pages += file.IsPage ? 1 : 0;
            return [];
        }

        public IEnumerable<OutputFile> Complete() => [];
    }

    [Fact]
    public void Malformed_yaml_in_a_language_file_is_an_error_at_its_line()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var file = Path.Combine(site.Root, "themes", "default", "i18n", "zh-CN.yml");
        File.WriteAllText(file, File.ReadAllText(file) + "broken: [unclosed\n");

        var error = OnlyError(site);

        Assert.Equal(ContentLoader.Display(file), error.Location!.File);
        Assert.Equal(BuildStage.Model, error.Stage);
        // Where the bracket opens (the plain-language YAML errors say so), not where the file ends.
        Assert.Equal(File.ReadAllLines(file).Length, error.Location.Line);
        Assert.StartsWith("YAML 格式错误：这里的“[”没有配对的“]”", error.Message);
    }

    [Fact]
    public void A_language_file_key_holding_a_list_is_an_error_at_that_key()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var file = Path.Combine(site.Root, "themes", "default", "i18n", "zh-CN.yml");
        var lines = File.ReadAllLines(file).Length;
        File.WriteAllText(file, File.ReadAllText(file) + "listed: [a, b]\n");

        var error = OnlyError(site);

        Assert.Equal((ContentLoader.Display(file), lines + 1, 9), (error.Location!.File, error.Location.Line, error.Location.Column));
        Assert.Equal((BuildStage.Model, "listed"), (error.Stage, error.FieldPath));
        Assert.Equal("expected a UI string or a mapping of keys to UI strings, found a list", error.Message);
    }
}
