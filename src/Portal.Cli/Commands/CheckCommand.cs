using System.CommandLine;
using Portal.Build.Check;
using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal check</c>: load, validate and check the accounts of every report; writes nothing.
/// Exit codes: 0 no finding of severity error; 1 the content or site.yml has errors; 2 findings of severity error.
/// </summary>
internal static class CheckCommand
{
    public const int FindingsExitCode = 2;

    public static Command Create(TextWriter output, TextWriter errors, CliText text)
    {
        var site = CommonOptions.Site(text);
        var format = new Option<string>("--format")
        {
            Description = text.Help("format"),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var verbose = CommonOptions.Verbose(text);
        var command = new Command("check", text.Help("check")) { site, format, verbose };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var config = SiteConfigLoader.Load(parse.GetValue(site)!.FullName, diagnostics);
            var result = config is null ? null : new BuildPipeline(config).Check();
            var problems = diagnostics.Items.Concat(result?.Diagnostics.Where(d => d.Severity == Severity.Error) ?? []).ToArray();
            if (result is null || problems.Any(d => d.Severity == Severity.Error))
            {
                DiagnosticPrinter.Print(problems, errors, text);
                CommonOptions.PrintFailure(result, parse.GetValue(verbose), errors);
                errors.WriteLine(text.T("check_failed"));
                return 1;
            }

            var findings = result.Findings;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(FindingJson.Serialize(findings));
            }
            else
            {
                FindingPrinter.Print(findings, output, text);
            }

            return findings.Any(f => f.Severity == FindingSeverity.Error) ? FindingsExitCode : 0;
        });
        return command;
    }
}
