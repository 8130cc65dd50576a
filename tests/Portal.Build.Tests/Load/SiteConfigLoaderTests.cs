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
        Assert.Equal("unknown key 'base_ulr'; did you mean 'base_url'? expected one of: base_url, content_dir, description, language, output_dir, theme, themes_dir, title", error.Message);
    }

    [Fact]
    public void The_sample_site_yml_loads()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Load(RepositoryPaths.SiteFile, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("部门决算公开平台", config!.Title);
    }
}
