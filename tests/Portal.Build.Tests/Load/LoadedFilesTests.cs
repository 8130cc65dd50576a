using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Tests.Load;

public sealed class LoadedFilesTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .WithReport("alpha", 2023, SampleReports.WithTables)
        .WithReport("beta", 2023, SampleReports.WithTables);

    private readonly LoadedFiles _cache = new();

    public void Dispose() => _site.Dispose();

    private (ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var diagnostics = new DiagnosticBag();
        return (ContentLoader.Load(_site.Content, diagnostics, _cache), diagnostics.Items);
    }

    private static Report Report(ContentSet content, string slug) =>
        content.Departments.Single(d => d.Department.Slug == slug).Reports.Single();

    [Fact]
    public void An_unchanged_file_is_not_read_again_and_an_edited_one_is()
    {
        var (first, _) = Load();
        File.WriteAllText(Path.Combine(_site.Content, "alpha", "2023.yml"),
            SampleReports.WithTables.Replace("测试市机关事务局2023", "甲局2023", StringComparison.Ordinal));

        var (second, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Same(Report(first, "beta"), Report(second, "beta"));
        Assert.NotSame(Report(first, "alpha"), Report(second, "alpha"));
        Assert.Contains("甲局2023", Report(second, "alpha").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_an_error_is_not_remembered_so_every_load_reports_it()
    {
        File.WriteAllText(Path.Combine(_site.Content, "beta", "2023.yml"), SampleReports.WithTables + "\ncolour: red\n");

        var (_, first) = Load();
        var (_, second) = Load();

        Assert.Contains(first, d => d.Message.Contains("不认识的键 'colour'", StringComparison.Ordinal));
        Assert.Equal(first.Select(d => d.ToString()), second.Select(d => d.ToString()));
    }

    [Fact]
    public void A_remembered_report_still_points_at_its_fields_in_the_yaml()
    {
        Load();
        var (again, _) = Load();

        var location = Report(again, "beta").SourceMap.Find("tables.t01");

        Assert.EndsWith(Path.Combine("beta", "2023.yml"), location.File, StringComparison.Ordinal);
        Assert.True(location.Line > 1);
    }
}
