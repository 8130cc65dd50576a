using Portal.Build.Pipeline;
using Portal.Build.Scaffold;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Validate;

/// <summary>Nothing unfinished is published by accident: placeholders of portal new, and reports marked draft.</summary>
[Collection(WorkingFolderCollection.Name)]
public sealed class UnfinishedContentTests : IDisposable
{
    private readonly TempSite _site = new();
    private readonly WorkingFolder _folder;

    public UnfinishedContentTests() => _folder = new WorkingFolder(_site.Root);

    public void Dispose()
    {
        _folder.Dispose();
        _site.Dispose();
    }

    /// <summary>A 2024 report marked as a draft with <paramref name="draft"/> (true, yes …) in the department <paramref name="slug"/>.</summary>
    private void Draft2024(string slug, string draft = "true") =>
        _site.WithReport(slug, 2024, $"draft: {draft}\n" + SampleReports.WithTables.Replace("2023", "2024", StringComparison.Ordinal));

    private static string[] Lines(BuildResult result) => result.Diagnostics.Select(d => d.ToString().Replace('\\', '/')).ToArray();

    [Fact]
    public void A_report_just_made_by_portal_new_builds_with_one_warning_per_placeholder_naming_the_field()
    {
        Assert.Null(Scaffolder.Create(_site.Config(), "ceshi-xin", 2024, "测试市新局").Error);

        var result = _site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(
        [
            "content/ceshi-xin/department.yml:5:11: warning: [validate] province: 这里还是 portal new 留下的占位文字“待填写省份”：请按公开文件填写（portal build --strict 时这是错误，不会发布）",
            "content/ceshi-xin/2024.yml:53:13: warning: [validate] overview.sections[0].body: 这里还是 portal new 留下的占位文字“按原文填写”：请按公开文件填写（portal build --strict 时这是错误，不会发布）",
            "content/ceshi-xin/2024.yml:12:9: warning: [validate] source.file: 来源文件 sources/2024.txt 里还是 portal new 留下的说明：请把公开文件的全文粘贴进去",
        ], Lines(result).Where(l => l.Contains("[validate]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Under_strict_a_placeholder_is_an_error_and_nothing_is_written()
    {
        Assert.Null(Scaffolder.Create(_site.Config(), "ceshi-xin", 2024, "测试市新局").Error);

        var result = new BuildPipeline(_site.Config()) { Strict = true }.Build();

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_site.Output));
        Assert.Equal(
        [
            "content/ceshi-xin/department.yml:5:11: error: [validate] province: 这里还是 portal new 留下的占位文字“待填写省份”：请按公开文件填写",
            "content/ceshi-xin/2024.yml:53:13: error: [validate] overview.sections[0].body: 这里还是 portal new 留下的占位文字“按原文填写”：请按公开文件填写",
            "content/ceshi-xin/2024.yml:12:9: error: [validate] source.file: 来源文件 sources/2024.txt 里还是 portal new 留下的说明：请把公开文件的全文粘贴进去",
        ], Lines(result));
    }

    [Fact]
    public void A_draft_report_is_left_out_of_build_with_a_warning_saying_so()
    {
        _site.WithReport("ceshi", 2023, SampleReports.WithTables);
        Draft2024("ceshi");

        var result = _site.Build();

        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(_site.Output, "ceshi", "2023", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "ceshi", "2024")));
        Assert.Equal(
            ["content/ceshi/2024.yml:1:8: warning: [validate] draft: 这份报告标着 draft: true（草稿），不发布；portal serve 中可以预览，定稿后删去这一行"],
            Lines(result).Where(l => l.Contains("[validate]", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_draft_report_is_built_when_drafts_are_included_as_portal_serve_does()
    {
        Draft2024("ceshi");

        var result = new BuildPipeline(_site.Config()) { IncludeDrafts = true, WritesOutput = false }.Build();

        Assert.True(result.Succeeded);
        Assert.Contains(result.Output!, f => f.Path == "ceshi/2024/index.html");
        Assert.DoesNotContain(result.Diagnostics, d => d.Stage == BuildStage.Validate);
    }

    [Fact]
    public void A_department_whose_every_report_is_a_draft_is_not_published()
    {
        _site.WithReport("ceshi", 2023, SampleReports.WithTables);
        Draft2024("ceshi-xin", "yes");

        var result = _site.Build();

        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "ceshi-xin")));
    }

    [Fact]
    public void Draft_takes_true_or_false_and_says_so_in_plain_words()
    {
        _site.WithReport("ceshi", 2023, "draft: 是\n" + SampleReports.WithTables);

        Assert.Equal(["content/ceshi/2023.yml:1:8: error: [load] draft: 应填 true 或 false，现在是 \"是\""], Lines(_site.Validate()));
    }
}
