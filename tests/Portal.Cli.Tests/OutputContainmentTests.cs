using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Core.Diagnostics;
using Portal.Build.Tests.Support;
using static Portal.Cli.Tests.Support.Cli;

namespace Portal.Cli.Tests;

/// <summary>
/// A build replaces its output folder whole, so the output folder may not be, contain or lie inside the site's
/// sources: the build is refused with exit 1 and not one file of the site is touched.
/// </summary>
public sealed class OutputContainmentTests
{
    // ".." is safe to try only because a TempSite lies in a sandbox folder of its own (TempSite.Sandbox): before the
    // fix, a build with "--output .." from a site directly in /tmp deleted the shared /tmp.
    [Theory]
    [InlineData(".", "is the site's folder (where site.yml is)")]
    [InlineData("..", "contains the site's folder (where site.yml is)")]
    [InlineData("content", "is the content folder")]
    [InlineData("content/ceshi", "lies inside the content folder")]
    [InlineData("themes", "is the themes folder")]
    [InlineData("themes/default/assets", "lies inside the themes folder")]
    [InlineData(".git", "is the .git folder")]
    public void Building_with_an_output_folder_that_overlaps_the_sources_is_refused_and_touches_nothing(string output, string relation)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write(".git/HEAD", "ref: refs/heads/main\n");

        BuildIsRefusedAndTouchesNothing(site, Path.GetFullPath(Path.Combine(site.Root, output)), relation);
    }

    [Fact]
    public void An_output_folder_that_is_the_git_folder_of_the_repository_above_the_site_is_refused_too()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("../.git/HEAD", "ref: refs/heads/main\n");

        BuildIsRefusedAndTouchesNothing(site, Path.Combine(site.Sandbox, ".git"), "is the .git folder");
    }

    [Fact]
    public void Output_dir_dot_in_site_yml_is_an_error_at_its_line_and_the_sources_survive()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("site.yml", "title: 测试平台\noutput_dir: \".\"\n");
        var before = Snapshot(site.Sandbox);

        var (exit, _, errors) = Run("build", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{ContentLoader.Display(Path.Combine(site.Root, "site.yml"))}:2:13: error: [config] output_dir: the output folder '{ContentLoader.Display(site.Root)}' is the site's folder (where site.yml is); a build replaces its output folder whole and would delete the site's sources: expected a folder of its own, such as public\n"
            + "1 个错误，0 个警告\n生成失败：什么也没有写入\n",
            errors);
        Assert.Equal(before, Snapshot(site.Sandbox));
    }

    [Fact]
    public void An_output_folder_that_is_a_link_to_the_content_folder_is_refused_too()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var link = Path.Combine(site.Root, "public");
        Directory.CreateSymbolicLink(link, site.Content);
        var before = Snapshot(site.Sandbox);

        var (exit, _, errors) = Run("build", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(1, exit);
        Assert.StartsWith($"{ContentLoader.Display(Path.Combine(site.Root, "site.yml"))}:6:13: error: [config] output_dir: the output folder '{ContentLoader.Display(link)}' is the content folder;", errors, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site.Sandbox));
    }

    [Fact]
    public void An_output_folder_beside_the_sources_still_builds()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var (exit, _, errors) = Run("build", "--quiet", "--site", Path.Combine(site.Root, "site.yml"), "--output", Path.Combine(site.Root, "site-out"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        Assert.True(File.Exists(Path.Combine(site.Root, "site-out", "ceshi", "2023", "index.html")));
    }

    [Fact]
    public void The_write_stage_refuses_to_replace_the_sources_even_when_config_loading_was_bypassed()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var config = site.Config() with { OutputDirectory = site.Content };
        var before = Snapshot(site.Sandbox);

        var result = new BuildPipeline(config).Build();

        Assert.Equal(
            // Config loading refuses this; reaching the write stage means Portal itself went wrong, and it says so.
            [$"error: [write] write stage failed: refusing to replace the output folder '{ContentLoader.Display(site.Content)}': it is the content folder; {OutputFolder.Consequence} (an unexpected error in Portal; run with --verbose for the details)"],
            result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        Assert.Equal(before, Snapshot(site.Sandbox));
    }

    /// <summary>
    /// Builds with <c>--output <paramref name="target"/></c> and asserts the one refusal, exit 1, and that not one file
    /// of the sandbox changed, nor a staging folder was left beside the target.
    /// </summary>
    private static void BuildIsRefusedAndTouchesNothing(TempSite site, string target, string relation)
    {
        var before = Snapshot(site.Sandbox);

        var (exit, _, errors) = Run("build", "--site", Path.Combine(site.Root, "site.yml"), "--output", target);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: [config] --output: the output folder '{ContentLoader.Display(target)}' {relation}; a build replaces its output folder whole and would delete the site's sources: expected a folder of its own, such as public\n"
            + "1 个错误，0 个警告\n生成失败：什么也没有写入\n",
            errors);
        Assert.Equal(before, Snapshot(site.Sandbox));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.*"));
    }

    /// <summary>Every file under the folder with its bytes, links not followed (so a link's own presence counts).</summary>
    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(
                f => Path.GetRelativePath(folder, f.FullName),
                f => f.LinkTarget is { } target ? "-> " + target : f is FileInfo file ? Convert.ToBase64String(File.ReadAllBytes(file.FullName)) : "dir"),
            StringComparer.Ordinal);
}
