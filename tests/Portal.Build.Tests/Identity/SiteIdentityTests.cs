using AngleSharp.Html.Parser;
using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Identity;

public sealed class SiteIdentityTests
{
    private static readonly HtmlParser Parser = new();

    private const string Site = "title: 测试平台\nlanguage: zh-CN\nbase_url: /\ntheme: default\ncontent_dir: content\noutput_dir: public\nthemes_dir: themes\n";

    // Test values only, clearly not real registrations.
    private const string Identity = "logo: images/logo.svg\norganizer: 测试市财政局\ncontact: 0000-00000000\nsite_code: TEST000000\n"
        + "icp: 测ICP备00000000号\npolice_record: 测公网安备 00000000000001号\nlicense:\n  name: 知识共享署名 4.0\n  url: https://creativecommons.org/licenses/by/4.0/deed.zh-hans\n";

    private static TempSite WithIdentity(string identity = Identity) => new TempSite()
        .Write("site.yml", Site + identity)
        .Write("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>")
        .WithReport("ceshi", 2023, SampleReports.WithTables);

    [Fact]
    public void The_footer_shows_the_organizer_contact_site_code_both_registrations_and_the_licence_the_site_yml_sets()
    {
        using var site = WithIdentity();
        Assert.True(site.Build().Succeeded);

        foreach (var page in new[] { "index.html", "ceshi/2023/index.html", "checks/index.html", "404.html" })
        {
            var document = Parser.ParseDocument(site.ReadOutput(page));
            var items = document.QuerySelectorAll(".site-footer .site-identity li").Select(li => li.TextContent).ToArray();
            Assert.Equal(["主办单位：测试市财政局", "联系方式：0000-00000000", "网站标识码：TEST000000", "测ICP备00000000号", "测公网安备 00000000000001号", "数据许可：知识共享署名 4.0"], items);
            Assert.Equal("https://beian.miit.gov.cn/", document.QuerySelector(".site-identity a[href*='miit']")!.GetAttribute("href"));
            Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=00000000000001", document.QuerySelector(".site-identity a[href*='mps']")!.GetAttribute("href"));
            Assert.Equal("license", document.QuerySelector(".site-identity a[rel='license']")!.GetAttribute("rel"));
            Assert.Equal("测试市财政局标志", document.QuerySelector(".site-header img.site-logo")!.GetAttribute("alt"));
        }

        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(site.Output, "assets", "logo.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_identity_keys_the_footer_shows_none_and_no_logo_is_written()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        Assert.True(site.Build().Succeeded);

        var document = Parser.ParseDocument(site.ReadOutput("index.html"));

        Assert.Null(document.QuerySelector(".site-identity"));
        Assert.Null(document.QuerySelector(".site-logo"));
        Assert.False(File.Exists(Path.Combine(site.Output, "assets", "logo.svg")));
    }

    [Theory]
    [InlineData("logo: ../outside.svg\n", "it leads outside the site's folder")]
    [InlineData("logo: images/missing.svg\n", "the logo file \"images/missing.svg\" does not exist")]
    [InlineData("logo: site.yml\n", "expected an image (.svg, .png, .jpg, .gif or .webp), found \"site.yml\"")]
    public void A_logo_that_is_no_image_inside_the_site_is_an_error_at_the_key(string logo, string expected)
    {
        using var site = WithIdentity(logo);
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics);

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("logo", error.FieldPath);
        Assert.Equal(8, error.Location!.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_names_the_favicon_and_404_html_links_from_the_site_root()
    {
        using var site = WithIdentity();
        Assert.True(site.Build().Succeeded);

        var report = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));
        var notFound = Parser.ParseDocument(site.ReadOutput("404.html"));

        Assert.Equal("../../assets/favicon.svg", report.QuerySelector("link[rel='icon']")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "favicon.svg")));
        Assert.Equal("找不到这个页面", notFound.QuerySelector("main h1")!.TextContent);
        Assert.Equal("/assets/site.css", notFound.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href"));
        Assert.Equal("/", notFound.QuerySelector(".not-found a")!.GetAttribute("href"));
    }
}
