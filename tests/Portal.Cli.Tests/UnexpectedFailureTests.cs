using Portal.Build.Pipeline;
using Portal.Build.Tests.Support;
using Portal.Cli.Commands;
using Portal.Core.Diagnostics;
using static Portal.Cli.Tests.Support.Cli;

namespace Portal.Cli.Tests;

/// <summary>Issue 14: an unexpected exception is one line and exit 1; its trace is printed only under --verbose.</summary>
public sealed class UnexpectedFailureTests
{
    private static BuildResult Failed(params Diagnostic[] diagnostics) => new(diagnostics, 0, 0, new Dictionary<BuildStage, TimeSpan>());

    [Fact]
    public void A_check_stage_that_fails_unexpectedly_exits_1_not_the_findings_code_2()
    {
        var failure = new Diagnostic(BuildStage.Check, Severity.Error, null, null, "check stage failed on rule units.yuan, content/a/2022.yml: Value was either too large or too small for a Decimal.");

        var exit = BuildCommand.FailedExitCode(Failed(failure) with { Failure = new WorkFailedException("rule units.yuan, content/a/2022.yml", new OverflowException()) });

        Assert.Equal(1, exit);
    }

    [Fact]
    public void Error_findings_under_strict_still_exit_2()
    {
        var finding = new Diagnostic(BuildStage.Check, Severity.Error, new SourceLocation("content/a/2022.yml", 3, 5), "tables.t01", "[t01.balance] 总计不平");

        Assert.Equal(2, BuildCommand.FailedExitCode(Failed(finding)));
    }

    [Fact]
    public void An_exception_that_escapes_a_verb_is_one_line_and_exit_1_and_its_trace_is_printed_only_under_verbose()
    {
        static System.CommandLine.RootCommand Throwing()
        {
            var verbose = new System.CommandLine.Option<bool>("--verbose");
            var verb = new System.CommandLine.Command("validate") { verbose };
            verb.SetAction(new Func<System.CommandLine.ParseResult, int>(_ => throw new ArgumentException("Null character in path. (Parameter 'path')")));
            return new System.CommandLine.RootCommand { verb };
        }

        var errors = new StringWriter();
        var verboseErrors = new StringWriter();

        var exit = PortalCommandLine.Run(Throwing(), ["validate"], TextWriter.Null, errors);
        var verboseExit = PortalCommandLine.Run(Throwing(), ["validate", "--verbose"], TextWriter.Null, verboseErrors);

        Assert.Equal((1, 1), (exit, verboseExit));
        Assert.Equal("error: portal failed unexpectedly: Null character in path. (Parameter 'path') (an unexpected error in Portal; run with --verbose for the details)", errors.ToString().Trim());
        Assert.Matches(@"(?m)^\s+at ", verboseErrors.ToString());
    }

    [Fact]
    public void A_theme_that_throws_prints_one_line_without_a_trace_and_the_trace_only_under_verbose()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("themes/default/pages/Glossary.cshtml", "@{ throw new System.InvalidOperationException(\"glossary broke\"); }\n");
        var siteFile = Path.Combine(site.Root, "site.yml");

        var (exit, _, errors) = Run("build", "--site", siteFile, "--quiet");
        var (verboseExit, _, verboseErrors) = Run("build", "--site", siteFile, "--quiet", "--verbose");

        Assert.Equal((1, 1), (exit, verboseExit));
        Assert.Equal(
            [
                "error: [render] render stage failed on page glossary/index.html: glossary broke (an unexpected error in Portal; run with --verbose for the details)",
                "1 个错误，0 个警告",
                "生成失败：上一次生成的网站保持不变",
            ],
            errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("System.InvalidOperationException: glossary broke", verboseErrors, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+at ", verboseErrors);
    }
}
