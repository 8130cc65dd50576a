using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Validate;

/// <summary>The mistakes of a department folder a webmaster can make, each said in plain Chinese with its place.</summary>
[Collection(WorkingFolderCollection.Name)]
public sealed class PlainValidationMessagesTests
{
    private static string[] Messages(Action<TempSite> arrange)
    {
        using var site = new TempSite();
        arrange(site);
        using var folder = new WorkingFolder(site.Root);
        return site.Validate().Diagnostics.Select(d => d.ToString().Replace('\\', '/')).ToArray();
    }

    [Fact]
    public void A_source_file_that_is_not_there_is_named_with_where_it_belongs() =>
        Assert.Equal(
            ["content/ceshi/2023.yml:4:45: error: [validate] source.file: 来源文件 'sources/2022.txt' 不存在：应放在 department.yml 所在的部门文件夹里"],
            Messages(site => site.WithReport("ceshi", 2023, SampleReports.WithTables.Replace("file: sources/2023.txt", "file: sources/2022.txt", StringComparison.Ordinal))));

    [Fact]
    public void A_level_that_is_not_one_of_the_four_lists_them_in_chinese() =>
        Assert.Equal(
            ["content/ceshi/department.yml:4:8: error: [load] level: 行政级别应是 province（省级）、city（市级）、district（区级）、county（县级）之一，现在是 \"市级\""],
            Messages(site => site.WithReport("ceshi", 2023, SampleReports.WithTables, TempSite.MinimalDepartment.Replace("level: city", "level: 市级", StringComparison.Ordinal))));

    [Fact]
    public void A_department_folder_without_department_yml_says_portal_new_makes_one() =>
        Assert.Equal(
            ["content/ceshi:1:1: error: [load] 缺少 department.yml：每个部门文件夹都要有一个（name、province、level），portal new 会新建它"],
            Messages(site => site.Write("content/ceshi/2023.yml", SampleReports.WithTables).Write("content/ceshi/sources/2023.txt", "原文\n")));

    [Fact]
    public void An_unknown_section_kind_lists_the_kinds_and_says_it_may_be_left_out()
    {
        var messages = Messages(site => site.WithReport("ceshi", 2023, SampleReports.WithTables.Replace("kind: duties", "kind: zhize", StringComparison.Ordinal)));

        var message = Assert.Single(messages);
        Assert.StartsWith("content/ceshi/2023.yml:10:13: error: [validate] overview.sections[0].kind: 不认识的本节主题 \"zhize\"：可用的有 duties, organization,", message);
        Assert.EndsWith("（都不合适时不写 kind）", message);
    }
}
