using System.Diagnostics;
using System.Globalization;
using Portal.Build.Pipeline;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal build --timings</c>: one "timing" line per stage, then the totals, in a fixed key=value form that
/// the benchmark script (tests/Portal.Benchmarks/run-build-bench.sh) reads.
/// </summary>
internal static class TimingsPrinter
{
    public static void Print(BuildResult result, TextWriter output)
    {
        string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        foreach (var (stage, time) in result.StageTimes.OrderBy(t => t.Key))
        {
            output.WriteLine(F($"timing stage={stage.ToString().ToLowerInvariant()} seconds={time.TotalSeconds:0.000}"));
        }

        var process = Process.GetCurrentProcess();
        var seconds = result.Elapsed.TotalSeconds;
        output.WriteLine(F($"timing total seconds={seconds:0.000} pages={result.Pages} files={result.Files} pages_per_second={(seconds > 0 ? result.Pages / seconds : 0):0} peak_working_set_mb={process.PeakWorkingSet64 / 1048576} cpu_seconds={process.TotalProcessorTime.TotalSeconds:0.00}"));
    }
}
