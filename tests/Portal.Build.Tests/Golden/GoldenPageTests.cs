using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Golden;

/// <summary>
/// Snapshot tests of rendered pages. A deliberate change to the theme is accepted by running the tests
/// once with PORTAL_UPDATE_GOLDEN=1, which rewrites the files under tests/Portal.Build.Tests/Golden/,
/// and reviewing the diff in git.
/// </summary>
public sealed class GoldenPageTests
{
    [Theory]
    [InlineData("index.html", "home.html")]
    [InlineData("ceshi/index.html", "department.html")]
    [InlineData("ceshi/2023/index.html", "report.html")]
    [InlineData("glossary/index.html", "glossary.html")]
    public void A_rendered_page_matches_its_golden_file(string page, string golden)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        Assert.True(site.Build().Succeeded);
        var actual = site.ReadOutput(page);

        var goldenPath = Path.Combine(RepositoryPaths.Root, "tests", "Portal.Build.Tests", "Golden", golden);
        if (Environment.GetEnvironmentVariable("PORTAL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"golden file {golden} is missing: run the tests once with PORTAL_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }
}
