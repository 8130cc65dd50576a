using System.Diagnostics;

namespace Portal.Cli.Tests.Support;

/// <summary>
/// Runs the portal command as its own process, for what the in-process <see cref="Cli"/> cannot show: a working
/// folder of its own (changing the test process's would change it under every test running beside).
/// </summary>
public static class CliProcess
{
    public static (int Exit, string Output, string Errors) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "portal.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"portal {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return (process.ExitCode, output, errors.Result);
    }
}
