using Portal.Build.Pipeline;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Write;

/// <summary>
/// <c>portal build --incremental</c>: a build whose inputs and output did not change since the last one is skipped;
/// any change (a report, a file in the output) builds again, and what it writes is what a clean build writes.
/// </summary>
public sealed class BuildStampTests
{
    [Fact]
    public void A_build_with_nothing_changed_is_skipped_and_leaves_every_file_as_it_was()
    {
        using var site = new CorpusSite(4);
        var stamps = Path.Combine(site.Root, "stamps");
        var first = Incremental(site, stamps).Build();
        var written = Stat(site);

        var second = Incremental(site, stamps).Build();

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.False(first.UpToDate);
        Assert.True(second.UpToDate);
        Assert.Equal((first.Pages, first.Files), (second.Pages, second.Files));
        Assert.Equal(written, Stat(site));
    }

    [Fact]
    public void A_changed_report_builds_again_and_the_output_is_what_a_clean_build_writes()
    {
        using var site = new CorpusSite(4);
        var stamps = Path.Combine(site.Root, "stamps");
        Incremental(site, stamps).Build();
        var report = Directory.GetFiles(Path.Combine(site.Root, "content"), "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(f => Path.GetFileName(f) != "department.yml");
        var yaml = File.ReadAllText(report);
        var title = yaml.Split('\n')[0];
        Assert.StartsWith("title: \"", title);
        File.WriteAllText(report, yaml.Replace(title, title.Replace("部门决算", "部门决算（修订）"), StringComparison.Ordinal));

        var rebuilt = Incremental(site, stamps).Build();
        var clean = new BuildPipeline(site.Config("clean")).Build();

        Assert.True(rebuilt.Succeeded && clean.Succeeded, string.Join("\n", rebuilt.Diagnostics.Concat(clean.Diagnostics)));
        Assert.False(rebuilt.UpToDate);
        var expected = site.Files("clean");
        var actual = site.Files();
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs"));
        Assert.Contains(actual.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("部门决算（修订）", StringComparison.Ordinal));
    }

    [Fact]
    public void An_output_file_changed_or_removed_since_the_last_build_is_built_again()
    {
        using var site = new CorpusSite(3);
        var stamps = Path.Combine(site.Root, "stamps");
        Incremental(site, stamps).Build();
        var expected = site.Files();
        var page = Path.Combine(site.Root, "public", "index.html");
        File.WriteAllText(page, "changed by hand");
        File.Delete(Path.Combine(site.Root, "public", "datapackage.json"));

        var rebuilt = Incremental(site, stamps).Build();

        Assert.False(rebuilt.UpToDate);
        var actual = site.Files();
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs"));
    }

    [Theory]
    [InlineData("changed")]
    [InlineData("removed")]
    [InlineData("added")]
    [InlineData("touched")]
    public void One_output_file_deep_in_a_folder_changed_removed_added_or_touched_is_built_again(string what)
    {
        using var site = new CorpusSite(3);
        var stamps = Path.Combine(site.Root, "stamps");
        Incremental(site, stamps).Build();
        var output = Path.Combine(site.Root, "public");
        var deep = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(output, f).Count(c => c == Path.DirectorySeparatorChar) >= 2)
            .Order(StringComparer.Ordinal)
            .First();
        switch (what)
        {
            case "changed":
                File.WriteAllBytes(deep, [.. File.ReadAllBytes(deep), (byte)' ']);
                break;
            case "removed":
                File.Delete(deep);
                break;
            case "added":
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(deep)!, "stray.html"), "not built");
                break;
            case "touched":
                File.SetLastWriteTimeUtc(deep, File.GetLastWriteTimeUtc(deep).AddSeconds(-5));
                break;
        }

        Assert.False(Incremental(site, stamps).Build().UpToDate);
        Assert.True(Incremental(site, stamps).Build().UpToDate);
    }

    [Fact]
    public void Other_options_are_another_build()
    {
        using var site = new CorpusSite(3);
        var stamps = Path.Combine(site.Root, "stamps");
        Incremental(site, stamps).Build();

        var strict = new BuildPipeline(site.Config()) { StampFolder = stamps, Strict = true }.Build();

        Assert.False(strict.UpToDate);
    }

    private static BuildPipeline Incremental(CorpusSite site, string stamps) => new(site.Config()) { StampFolder = stamps };

    private static SortedDictionary<string, (long, DateTime)> Stat(CorpusSite site)
    {
        var output = Path.Combine(site.Root, "public");
        return new(Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f))), StringComparer.Ordinal);
    }
}
