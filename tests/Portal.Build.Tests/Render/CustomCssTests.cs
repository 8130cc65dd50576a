using System.Text.RegularExpressions;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Render;

/// <summary>Customising the theme with one small file: custom.css beside site.yml overrides the theme's CSS variables.</summary>
public sealed partial class CustomCssTests
{
    [Fact]
    public void A_custom_css_beside_site_yml_is_published_and_loaded_after_the_theme_stylesheet()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("custom.css", ":root { --accent: #a50000; }\n");

        Assert.True(site.Build().Succeeded);

        Assert.Equal(":root { --accent: #a50000; }\n", site.ReadOutput("assets/custom.css"));
        Assert.Contains(
            "<link rel=\"stylesheet\" href=\"../../assets/site.css\">\n<link rel=\"stylesheet\" href=\"../../assets/custom.css\">\n",
            site.ReadOutput("ceshi/2023/index.html"));
    }

    [Fact]
    public void Without_a_custom_css_no_page_links_one()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        Assert.True(site.Build().Succeeded);

        Assert.False(File.Exists(Path.Combine(site.Output, "assets", "custom.css")));
        Assert.DoesNotContain("custom.css", site.ReadOutput("index.html"));
    }

    [Fact]
    public void Every_colour_and_font_of_the_default_stylesheet_is_a_variable_set_once_in_root()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "default", "assets", "site.css"));
        var root = css[css.IndexOf(":root {", StringComparison.Ordinal)..(css.IndexOf('}', css.IndexOf(":root {", StringComparison.Ordinal)) + 1)];
        var rules = css.Replace(root, string.Empty, StringComparison.Ordinal);

        Assert.Empty(HexColour().Matches(rules));
        Assert.DoesNotMatch(@"font-family:(?!\s*(var\(--font|inherit))", rules);
        Assert.Contains("--accent: #0b5cad;", root);
        Assert.Contains("--font: system-ui,", root);
    }

    [GeneratedRegex("#[0-9a-fA-F]{3,8}\\b")]
    private static partial Regex HexColour();
}
