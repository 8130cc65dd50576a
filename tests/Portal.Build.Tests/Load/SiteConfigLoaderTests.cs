using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Load;

public sealed class SiteConfigLoaderTests
{
    [Fact]
    public void Site_yml_resolves_folders_against_its_own_folder_and_defaults_to_chinese()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: 平台\nbase_url: https://example.gov.cn/portal\n");

        var config = SiteConfigLoader.Load(Path.Combine(site.Root, "site.yml"), new DiagnosticBag())!;

        Assert.Equal("zh-CN", config.Language);
        Assert.Equal("https://example.gov.cn/portal/", config.BaseUrl);
        Assert.Equal(Path.Combine(site.Root, "content"), config.ContentDirectory);
        Assert.Equal(Path.Combine(site.Root, "public"), config.OutputDirectory);
        Assert.Equal("default", config.Theme);
    }

    [Fact]
    public void An_unknown_setting_and_an_unsupported_language_are_errors()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: 平台\nlanguage: fr\noutput: out\n");
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics);

        Assert.Null(config);
        Assert.Contains(diagnostics.Items, d => d.FieldPath == "output" && d.Message.Contains("不认识的键"));
        Assert.Contains(diagnostics.Items, d => d.FieldPath == "language" && d.Location!.Line == 2);
    }

    [Fact]
    public void A_misspelt_setting_is_asked_about_in_the_language_site_yml_asks_for()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: 平台\nlanguage: en\nbase_ulr: /portal/\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(SiteConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("base_ulr", error.FieldPath);
        Assert.Equal("unknown key 'base_ulr'; did you mean 'base_url'? expected one of: base_url, contact, content_dir, description, icp, language, license, logo, organizer, output_dir, police_record, site_code, theme, themes_dir, title", error.Message);
    }

    [Fact]
    public void A_licence_is_read_with_its_name_and_url()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: 平台\nlicense:\n  name: 知识共享署名 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n");
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal(new Portal.Core.Configuration.SiteLicense("知识共享署名 4.0", "https://creativecommons.org/licenses/by/4.0/"), config.License);
    }

    [Fact]
    public void A_licence_without_a_name_or_with_a_url_that_is_not_one_is_an_error_at_its_line()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: 平台\nlicense:\n  url: 见网站说明\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(SiteConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics));

        Assert.Equal(["license.name", "license.url"], diagnostics.Items.Select(d => d.FieldPath).Order(StringComparer.Ordinal));
        var url = diagnostics.Items.Single(d => d.FieldPath == "license.url");
        Assert.Equal(3, url.Location!.Line);
        Assert.Contains("见网站说明", url.Message);
    }

    [Fact]
    public void The_sample_site_yml_loads()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Load(RepositoryPaths.SiteFile, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("部门决算公开平台", config!.Title);
    }

    [Fact]
    public void A_misspelt_theme_is_an_error_at_its_line_listing_the_themes_there_are()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "themes", "blue"));
        site.Write("site.yml", "title: 平台\ntheme: defualt\n");

        var (config, diagnostics) = Load(site);

        Assert.Null(config);
        Assert.Equal(
            [$"{Shown(site, "site.yml")}:2:8: error: [config] theme: no theme named \"defualt\" in the themes folder '{Shown(site, "themes")}': expected one of blue, default"],
            diagnostics);
    }

    [Fact]
    public void A_missing_themes_folder_is_an_error_at_its_line_not_a_late_render_failure()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: 平台\nthemes_dir: skins\n");

        var (config, diagnostics) = Load(site);

        Assert.Null(config);
        Assert.Equal(
            [$"{Shown(site, "site.yml")}:2:13: error: [config] themes_dir: the themes folder '{Shown(site, "skins")}' does not exist: expected a folder that holds the theme folders (default, …)"],
            diagnostics);
    }

    [Theory]
    [InlineData("content_dir")]
    [InlineData("output_dir")]
    [InlineData("themes_dir")]
    public void A_nul_character_in_a_folder_path_is_an_error_at_its_line_not_a_stack_trace(string key)
    {
        using var site = new TempSite();
        site.Write("site.yml", $"title: 平台\n{key}: \"con\\0tent\"\n");

        var (config, diagnostics) = Load(site);

        Assert.Null(config);
        Assert.Equal(
            [$"{Shown(site, "site.yml")}:2:{key.Length + 3}: error: [config] {key}: expected a folder path, found one holding a NUL character (\\0)"],
            diagnostics);
    }

    private static (Portal.Core.Configuration.SiteConfig? Config, string[] Diagnostics) Load(TempSite site)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics);
        return (config, [.. diagnostics.Items.Select(d => d.ToString())]);
    }

    private static string Shown(TempSite site, string relative) => ContentLoader.Display(Path.Combine(site.Root, relative));
}
