using Portal.Build.Check;
using Portal.Build.Pipeline;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Pipeline;

/// <summary>Issue 14: an exception nobody expected is one line naming the stage and what it was working on; the trace is kept for --verbose.</summary>
public sealed class UnexpectedFailureTests
{
    private sealed class ThrowingRule : ICheckRule
    {
        public string Id => "test.throws";

        public IEnumerable<Finding?> Check(CheckContext context) => throw new OverflowException("Value was either too large or too small for a Decimal.");
    }

    [Fact]
    public void A_rule_that_throws_fails_the_check_stage_with_one_line_naming_the_rule_and_the_report()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var result = new BuildPipeline(site.Config()) { Rules = [new ThrowingRule()] }.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((BuildStage.Check, Severity.Error, (SourceLocation?)null), (error.Stage, error.Severity, error.Location));
        var report = Portal.Build.Load.ContentLoader.Display(Path.Combine(site.Content, "ceshi", "2023.yml"));
        Assert.Equal($"check stage failed on rule test.throws, {report}: Value was either too large or too small for a Decimal. (an unexpected error in Portal; run with --verbose for the details)", error.Message);
        Assert.IsType<OverflowException>(result.Failure?.InnerException);
    }

    [Fact]
    public void A_theme_template_that_throws_fails_the_render_stage_naming_the_page_and_writes_nothing()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("themes/default/pages/Glossary.cshtml", "@{ throw new System.InvalidOperationException(\"glossary broke\"); }\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((BuildStage.Render, (SourceLocation?)null), (error.Stage, error.Location));
        Assert.Equal("render stage failed on page glossary/index.html: glossary broke (an unexpected error in Portal; run with --verbose for the details)", error.Message);
        Assert.Contains("glossary broke", result.Failure!.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
