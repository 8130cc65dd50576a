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
            output.WriteLine(F($"timing stage={stage.ToString().ToLowerInvariant()} seconds={time.TotalSeconds:0.000} allocated_mb={result.StageAllocations.GetValueOrDefault(stage) / 1048576}"));
        }

        var process = Process.GetCurrentProcess();
        var seconds = result.Elapsed.TotalSeconds;
        output.WriteLine(F($"timing total seconds={seconds:0.000} pages={result.Pages} files={result.Files} pages_per_second={(seconds > 0 ? result.Pages / seconds : 0):0} peak_working_set_mb={process.PeakWorkingSet64 / 1048576} cpu_seconds={process.TotalProcessorTime.TotalSeconds:0.00}"));
        // Garbage collection is where a build's CPU hides: pauses stop every thread, so they are worth seeing beside the stages.
        output.WriteLine(F($"timing gc pause_seconds={GC.GetTotalPauseDuration().TotalSeconds:0.000} gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} allocated_gb={GC.GetTotalAllocatedBytes() / 1e9:0.0} server={System.Runtime.GCSettings.IsServerGC.ToString().ToLowerInvariant()}"));
    }
}
