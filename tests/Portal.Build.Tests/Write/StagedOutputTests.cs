using System.Text;
using Portal.Build.Load;
using Portal.Build.Render;
using Portal.Build.Tests.Support;
using Portal.Build.Write;

namespace Portal.Build.Tests.Write;

public sealed class StagedOutputTests
{
    [Fact]
    public void The_next_build_removes_the_staging_and_retired_folders_a_killed_build_left_and_nothing_else()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        string[] leftovers = [$".public.staging-{Guid.NewGuid():N}", $".public.previous-{Guid.NewGuid():N}"];
        string[] others = [".public.staging-notes", $".other.staging-{Guid.NewGuid():N}", $".public.backup-{Guid.NewGuid():N}"];
        foreach (var folder in leftovers.Concat(others))
        {
            site.Write($"{folder}/index.html", "<p>half a site</p>");
        }

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [.. others.Order(StringComparer.Ordinal)],
            Directory.GetDirectories(site.Root, ".*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "ceshi", "2023", "index.html")));
    }

    [Fact]
    public void A_second_file_at_the_same_path_is_refused_and_the_first_is_kept()
    {
        using var site = new TempSite();
        using var output = new StagedOutput(site.Output, OutputFolder.Sources(site.Config()));
        output.Add(new OutputFile("search/index.html", Encoding.UTF8.GetBytes("<p>search</p>"), IsPage: true));

        var error = Assert.Throws<InvalidOperationException>(() => output.Add(new OutputFile("search/index.html", Encoding.UTF8.GetBytes("<p>department</p>"), IsPage: true)));

        Assert.Equal("two files of the site have the same path search/index.html", error.Message);
        output.Commit();
        Assert.Equal("<p>search</p>", site.ReadOutput("search/index.html"));
    }
}
