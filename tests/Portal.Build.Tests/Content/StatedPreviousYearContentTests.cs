using System.Globalization;
using Portal.Build.Comparison;
using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Tests.Content;

/// <summary>The previous-year statements of the sample reports against the lines of the seeds they were transcribed from.</summary>
public sealed class StatedPreviousYearContentTests
{
    private static readonly Lazy<ContentSet> Sample = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(RepositoryPaths.Content, diagnostics);
        Assert.Empty(diagnostics.Items);
        return content;
    });

    private static IEnumerable<Report> Reports => Sample.Value.Departments.SelectMany(d => d.Reports);

    [Fact]
    public void Every_stated_change_is_printed_on_its_source_line_as_transcribed()
    {
        var checkedCount = 0;
        foreach (var report in Reports)
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Content, report.DepartmentSlug, report.Source.File));
            foreach (var change in report.StatedFigures.PreviousYear)
            {
                Assert.NotNull(change.SourceLine);
                // The seeds print "837. 85" once; spaces inside numbers are a Word artefact.
                // A PDF's text wraps a sentence onto the next lines: the statement starts on its source line and may run two further.
                var line = string.Concat(lines.Skip(change.SourceLine!.Value - 1).Take(3)).Replace(" ", string.Empty, StringComparison.Ordinal);
                var where = $"{report.DepartmentSlug}/{report.Year} line {change.SourceLine}";
                if (change.Change is 0m)
                {
                    Assert.True(line.Contains("无变化", StringComparison.Ordinal) || line.Contains("相同", StringComparison.Ordinal), where);
                }
                else if (change.Change is { } amount)
                {
                    Assert.Contains(Math.Abs(amount).ToString(CultureInfo.InvariantCulture) + "万元", line);
                    Assert.Contains(amount < 0 ? "减少" : "增加", line);
                }

                if (change.ChangePercent is { } percent)
                {
                    Assert.Contains(Math.Abs(percent).ToString(CultureInfo.InvariantCulture) + "%", line);
                }

                checkedCount++;
            }
        }

        Assert.Equal(27, checkedCount);
    }

    [Fact]
    public void Panzhihua_2022_sangong_is_set_beside_2021_and_the_computed_change_agrees_with_the_stated_one()
    {
        var department = Sample.Value.Departments.Single(d => d.Department.Slug == "panzhihua-jiguan-shiwu");
        var comparison = YearComparisonBuilder.Build(department.Reports.Single(r => r.Year == 2022), department.Reports.Single(r => r.Year == 2021), "panzhihua-jiguan-shiwu/2021/");

        var sangong = comparison.Figures.Single(f => f.Key == "sangong_total");

        Assert.Equal(610.31m, sangong.Previous!.Value);
        Assert.Equal(-360.10m, sangong.Change.Difference);
        Assert.Equal(-59.00m, sangong.Change.Percent);
        Assert.Equal(-360.10m, Assert.Single(sangong.Stated).Change);
        Assert.Equal(2021, comparison.PreviousYear);
    }
}
