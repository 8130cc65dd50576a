using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.Scaffold;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Modeling;

public sealed class SiteFoldersTests
{
    [Fact]
    public void The_reserved_names_are_exactly_the_top_level_folders_a_build_writes_besides_the_departments()
    {
        using var site = new TempSite()
            .WithReport("jia", 2023, SampleReports.WithTables)
            .WithReport("yi", 2023, SampleReports.WithTables);

        var result = site.Build(listingPageSize: 1);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var folders = Directory.GetDirectories(site.Output).Select(Path.GetFileName).Except(["jia", "yi"]);
        Assert.Equal(SiteFolders.Reserved.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_department_named_like_a_site_folder_fails_the_build_at_its_folder_and_the_last_site_stays()
    {
        using var site = new TempSite().WithReport("jia", 2023, SampleReports.WithTables);
        Assert.True(site.Build().Succeeded);
        var searchPage = site.ReadOutput("search/index.html");
        site.WithReport("search", 2023, SampleReports.WithTables);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ContentLoader.Display(Path.Combine(site.Content, "search")), error.Location!.File);
        Assert.Equal(
            "部门文件夹名 'search' 与网站自己的栏目 search/ 重名，两者的网页会互相覆盖：请给这个部门换一个文件夹名（例如 search-bumen）。网站保留的名字有：assets、checks、classification、compare、data、departments、glossary、schema、search",
            error.Message);
        Assert.Equal(searchPage, site.ReadOutput("search/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "search", "2023")));
    }

    [Fact]
    public void New_refuses_a_department_named_like_a_site_folder_and_writes_nothing()
    {
        using var site = new TempSite();

        var result = Scaffolder.Create(site.Config(), "compare", 2024);

        Assert.StartsWith("部门文件夹名 'compare' 与网站自己的栏目 compare/ 重名", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "compare")));
    }
}
