using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.Tests.Support;
using Portal.Build.Validate;
using Portal.Core.Diagnostics;
using Portal.Core.Model;
using Portal.Core.Model.Narrative;

namespace Portal.Build.Tests.Content;

/// <summary>The sample content against the five published seeds it was transcribed from.</summary>
public sealed partial class SampleContentTests
{
    private static readonly Lazy<ContentSet> Sample = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(RepositoryPaths.Content, diagnostics);
        ContentValidator.Validate(content, diagnostics);
        Assert.Empty(diagnostics.Items);
        return content;
    });

    private static Report ReportOf(string slug, int year) =>
        Sample.Value.Departments.Single(d => d.Department.Slug == slug).Reports.Single(r => r.Year == year);

    private static string SourceText(Report report) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Content, report.DepartmentSlug, report.Source.File));

    [Fact]
    public void The_sample_holds_five_departments_and_six_reports_without_a_single_problem()
    {
        Assert.Equal(5, Sample.Value.Departments.Count);
        Assert.Equal(6, Sample.Value.Departments.Sum(d => d.Reports.Count));
    }

    [Fact]
    public void Huaihua_2023_table_01_total_is_3865_52_on_both_sides()
    {
        var t01 = ReportOf("huaihua-jiguan-shiwu", 2023).Tables.Summary!;

        Assert.Equal(3865.52m, Portal.Build.Figures.ReportFigures.Line(t01.Income, "总计"));
        Assert.Equal(3865.52m, Portal.Build.Figures.ReportFigures.Line(t01.Expenditure, "总计"));
        Assert.Equal(3618.79m, Portal.Build.Figures.ReportFigures.Line(t01.Income, "一般公共预算财政拨款收入"));
    }

    [Fact]
    public void Huaihua_2023_publishes_all_nine_tables_with_the_source_statements()
    {
        var tables = ReportOf("huaihua-jiguan-shiwu", 2023).Tables;

        Assert.Equal("hunan", tables.Template!.Name);
        Assert.All(tables.Template.Forms, form => Assert.NotNull(tables.ById(form.Id)));
        Assert.Equal(9, tables.All.Count);
        Assert.Contains("本表无数据", tables.GovFund!.Info.NoData);
        Assert.Contains("本表无数据", tables.StateCapital!.Info.NoData);
        Assert.Equal(922.207m, tables.BasicEconomic!.Groups[0][0].Amounts[0]);
        Assert.Equal(74.85m, tables.Sangong!.Actual!.Total);
        Assert.Equal(4.00m, tables.Sangong.Budget!.Total);
        Assert.Equal(7, ReportOf("huaihua-jiguan-shiwu", 2023).Performance!.Projects.Count);
    }

    [Fact]
    public void Panzhihua_2022_sangong_total_is_the_stated_250_21()
    {
        var report = ReportOf("panzhihua-jiguan-shiwu", 2022);

        Assert.Equal(250.21m, report.StatedFigures.Get("sangong_total"));
        Assert.Equal(250.21m, HeadlineCalculator.For(report).Sangong.Value);
        Assert.Equal(HeadlineCalculator.StatedOrigin, HeadlineCalculator.For(report).Sangong.Origin);
        Assert.Contains("“三公”经费财政拨款支出决算为250.21万元", SourceText(report));
        Assert.Equal(20, report.Glossary!.Terms.Count);
    }

    [Fact]
    public void Shifeng_2023_expenditure_is_1265_46()
    {
        var report = ReportOf("zhuzhou-shifeng-jiguan-shiwu", 2023);

        Assert.Equal(1265.46m, report.StatedFigures.Get("expenditure_total"));
        Assert.Contains("2023年支出1265.46万元", SourceText(report));
    }

    [Fact]
    public void Lukou_2022_annual_funds_total_is_2662_18_in_the_overall_evaluation()
    {
        var evaluation = ReportOf("zhuzhou-lukou-jiguan-shiwu", 2022).Performance!.Overall!.Evaluation!;

        var total = Assert.Single(evaluation.Funds, f => f.Name.Contains("年度资金总额", StringComparison.Ordinal));
        Assert.Equal(2414.16m, total.InitialBudget);
        Assert.Equal(2662.18m, total.FullYearBudget);
        Assert.Equal(2662.18m, total.Executed);
        Assert.Equal(5, ReportOf("zhuzhou-lukou-jiguan-shiwu", 2022).Performance!.Projects.Count);
    }

    [Fact]
    public void Panzhihua_2021_lists_its_fourteen_appendix_tables_and_seven_projects()
    {
        var report = ReportOf("panzhihua-jiguan-shiwu", 2021);

        Assert.Equal(14, report.AppendixTitles.Count);
        Assert.Equal(7, report.Performance!.Projects.Count);
        Assert.All(report.Performance.Projects, p => Assert.NotNull(p.Evaluation));
    }

    [Fact]
    public void Every_amount_in_every_published_table_is_printed_in_the_source()
    {
        foreach (var report in Sample.Value.Departments.SelectMany(d => d.Reports).Where(r => r.Tables.Any))
        {
            var printed = PrintedNumbers(SourceText(report));
            var t = report.Tables;
            var amounts = new[] { t.Summary?.Income, t.Summary?.Expenditure, t.FiscalSummary?.Income, t.FiscalSummary?.Expenditure }
                .Where(rows => rows is not null).SelectMany(rows => rows!).SelectMany(r => r.Amounts)
                .Concat(new[] { t.Income, t.Expenditure, t.GeneralBudget, t.GovFund, t.StateCapital }.Where(x => x is not null).SelectMany(x => x!.Rows).SelectMany(r => r.Amounts))
                .Concat(t.BasicEconomic?.Groups.SelectMany(g => g).SelectMany(r => r.Amounts) ?? [])
                .OfType<decimal>()
                .ToArray();

            Assert.NotEmpty(amounts);
            Assert.All(amounts, amount => Assert.Contains(amount, printed));
        }
    }

    [Fact]
    public void Every_section_source_line_points_at_its_printed_heading()
    {
        var checkedHeadings = 0;
        foreach (var report in Sample.Value.Departments.SelectMany(d => d.Reports))
        {
            var lines = SourceText(report).Split('\n').Select(Squeeze).ToArray();
            foreach (var section in AllSections(report).Where(s => s.SourceLine is not null))
            {
                var heading = Squeeze(section.Heading);
                var line = lines[section.SourceLine!.Value - 1];
                Assert.True(
                    line.Contains(heading, StringComparison.Ordinal) || heading.Contains(line, StringComparison.Ordinal) && line.Length > 1,
                    $"{report.DepartmentSlug}/{report.Year}: heading “{section.Heading}” is not on source line {section.SourceLine}: “{line}”");
                checkedHeadings++;
            }
        }

        Assert.True(checkedHeadings > 300, $"only {checkedHeadings} headings carry a source line");
    }

    [Fact]
    public void Every_glossary_term_is_printed_in_its_source()
    {
        foreach (var report in Sample.Value.Departments.SelectMany(d => d.Reports).Where(r => r.Glossary is not null))
        {
            var source = Squeeze(SourceText(report));
            Assert.All(report.Glossary!.Terms, term => Assert.Contains(Squeeze(term.Term), source));
        }
    }

    private static IEnumerable<Section> AllSections(Report report)
    {
        var documents = new[] { report.Overview, report.Explanation, report.Performance?.Overall?.Report }
            .Concat(report.Performance?.Reports ?? [])
            .Concat(report.Performance?.Projects.Select(p => p.Report) ?? [])
            .OfType<Document>();
        return documents.SelectMany(d => Flatten(d.Sections));

        static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
            sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Sections)));
    }

    /// <summary>Text without spaces, Word bookmarks and the quotes the extraction varies.</summary>
    private static string Squeeze(string text) =>
        Bookmark().Replace(text, string.Empty).Where(c => !char.IsWhiteSpace(c)).Aggregate(new System.Text.StringBuilder(), (b, c) => b.Append(c)).ToString();

    private static HashSet<decimal> PrintedNumbers(string source) =>
        Number().Matches(source)
            .Select(m => decimal.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))
            .ToHashSet();

    [GeneratedRegex(@"\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?")]
    private static partial Regex Number();
}
