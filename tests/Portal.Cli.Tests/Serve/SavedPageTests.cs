using Portal.Cli.Serve;

namespace Portal.Cli.Tests.Serve;

/// <summary>The page the open browser goes to after a save: the saved report's or department's.</summary>
public sealed class SavedPageTests
{
    private static readonly string Content = Path.Combine(Path.GetTempPath(), "site", "content");

    private static string? For(params string[] relative) =>
        SavedPage.For(relative.Select(r => Path.Combine(Content, r)), Content, page => page is "ceshi/2023/index.html" or "ceshi/index.html");

    [Fact]
    public void A_saved_report_file_leads_to_its_report_page() => Assert.Equal("ceshi/2023/", For("ceshi/2023.yml"));

    [Fact]
    public void A_saved_source_text_leads_to_its_report_page() => Assert.Equal("ceshi/2023/", For("ceshi/sources/2023.txt"));

    [Fact]
    public void A_saved_department_file_leads_to_the_department_page() => Assert.Equal("ceshi/", For("ceshi/department.yml"));

    [Fact]
    public void A_report_without_a_page_such_as_one_left_out_by_only_leads_nowhere() => Assert.Null(For("qita/2023.yml"));

    [Fact]
    public void A_file_outside_the_content_folder_leads_nowhere() => Assert.Null(SavedPage.For([Path.Combine(Content, "..", "site.yml")], Content, _ => true));

    [Fact]
    public void The_first_saved_file_with_a_page_wins() => Assert.Equal("ceshi/2023/", For("qita/2023.yml", "ceshi/2023.yml", "ceshi/department.yml"));
}
