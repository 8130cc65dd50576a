using System.Diagnostics;
using System.Text.RegularExpressions;
using Portal.Cli;

namespace Portal.Fuzz;

/// <summary>
/// Runs one fuzz case in this process, as a webmaster would: <c>portal validate</c> on a copy of the sample site whose
/// department holds the mutated file, then, when validate accepts it, <c>portal build</c> into a temporary folder.
/// Only the mutated file's department is copied: a small site keeps a case short.
/// </summary>
public sealed partial class FuzzCaseRunner(string repositoryRoot)
{
    public FuzzResult Run(int index, Mutation mutation)
    {
        var clock = Stopwatch.StartNew();
        var site = Path.Combine(Path.GetTempPath(), $"portal-fuzz-{Environment.ProcessId}-{index}");
        try
        {
            WriteSite(site, mutation);
            var (outcome, detail) = Judge(site, mutation);
            return new FuzzResult(index, outcome, clock.ElapsedMilliseconds, mutation.Description, detail);
        }
        finally
        {
            if (Directory.Exists(site))
            {
                Directory.Delete(site, recursive: true);
            }
        }
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static (FuzzOutcome Outcome, string Detail) Judge(string site, Mutation mutation)
    {
        var siteFile = Path.Combine(site, "site.yml");
        var (validated, validateErrors) = Portal("validate", "--site", siteFile, "--quiet");
        if (Unacceptable(validated, validateErrors, allowed: [0, 1]) is { } badValidate)
        {
            return badValidate;
        }

        if (validated != 0)
        {
            return (FuzzOutcome.Rejected, string.Empty);
        }

        if (!IsUtf8(mutation.Bytes))
        {
            return (FuzzOutcome.AcceptedBadEncoding, mutation.RelativePath);
        }

        var (built, buildErrors) = Portal("build", "--site", siteFile, "--output", Path.Combine(site, "public"), "--quiet");
        if (Unacceptable(built, buildErrors, allowed: [0, 1, 2]) is { } badBuild)
        {
            return badBuild;
        }

        return built == 0
            ? (FuzzOutcome.Built, string.Empty)
            : (FuzzOutcome.ValidButBuildFailed, FirstLine(buildErrors, l => l.Contains("error: ", StringComparison.Ordinal)) ?? $"exit {built}");
    }

    private static (FuzzOutcome, string)? Unacceptable(int exitCode, string errors, int[] allowed)
    {
        if (FirstLine(errors, l => StackFrame().IsMatch(l) || l.Contains("Unhandled exception", StringComparison.Ordinal)) is { } trace)
        {
            return (FuzzOutcome.Crashed, trace);
        }

        if (FirstLine(errors, l => !Explained(l)) is { } unlocated)
        {
            return (FuzzOutcome.Unlocated, unlocated);
        }

        return allowed.Contains(exitCode) ? null : (FuzzOutcome.Unlocated, $"exit code {exitCode}");
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>A located diagnostic, or one of the closing lines the CLI prints after them.</summary>
    private static bool Explained(string line) =>
        LocatedDiagnostic().IsMatch(line) || Summary().IsMatch(line)
        || line.StartsWith("build failed: ", StringComparison.Ordinal) || line.StartsWith("生成失败：", StringComparison.Ordinal);

    private static string? FirstLine(string text, Func<string, bool> wanted) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Length > 0 && wanted(l));

    private static (int ExitCode, string Errors) Portal(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exitCode;
        try
        {
            exitCode = PortalCommandLine.Run(args, output, errors);
        }
        catch (Exception ex)
        {
            // Printed as the runtime would print an unhandled exception, so it is judged a crash like one.
            errors.WriteLine("Unhandled exception. " + ex);
            exitCode = -1;
        }

        return (exitCode, errors.ToString());
    }

    /// <summary>The case's site: site.yml, and the mutated file's department with the mutated file in it.</summary>
    public void WriteSite(string site, Mutation mutation)
    {
        var department = Path.GetDirectoryName(mutation.RelativePath)!;
        while (Path.GetFileName(Path.GetDirectoryName(department)) != "content")
        {
            department = Path.GetDirectoryName(department)!;
        }

        var from = Path.Combine(repositoryRoot, department);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site, department, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllBytes(Path.Combine(site, mutation.RelativePath), mutation.Bytes);
        var themes = Path.Combine(repositoryRoot, "themes").Replace("\\", "/", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site, "site.yml"), $"title: 模糊测试\nlanguage: zh-CN\ntheme: default\ncontent_dir: content\noutput_dir: public\nthemes_dir: \"{themes}\"\n");
    }

    [GeneratedRegex(@"^\s+at \S.*\)")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"^.+:\d+:\d+: (error|warning): \[")]
    private static partial Regex LocatedDiagnostic();

    // The closing count in either language the site speaks (cli.summary).
    [GeneratedRegex(@"^(\d+ error\(s\), \d+ warning\(s\)|\d+ 个错误，\d+ 个警告)$")]
    private static partial Regex Summary();
}
