using System.Diagnostics;
using System.Globalization;
using Portal.Build.Load;
using Portal.Core.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Portal.Benchmarks -- content-size CONTENT_DIR [seconds]</c>: loads a
/// content folder as a build does and prints what the loaded site keeps alive (after a full, compacting collection),
/// per report; then waits <c>seconds</c> (default 0) so that <c>dotnet-gcdump collect -p PID</c> can say by type
/// what it is. The content is what a build holds from load to the last page (issue 17: ~1.1 GB at 10,000 reports).
/// </summary>
internal static class ContentSize
{
    public static int Run(string[] args)
    {
        var wait = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(Path.GetFullPath(args[0]), diagnostics);
        var seconds = clock.Elapsed.TotalSeconds;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var live = GC.GetTotalMemory(forceFullCollection: true) - before;
        var reports = content.Departments.Sum(d => d.Reports.Count);
        Console.WriteLine($"{reports} reports loaded in {seconds:0.0} s ({diagnostics.Items.Count} diagnostics); live {live / 1e6:0.0} MB, {live / 1e3 / Math.Max(1, reports):0.0} KB per report; pid {Environment.ProcessId}");
        if (wait > 0)
        {
            Thread.Sleep(TimeSpan.FromSeconds(wait));
        }

        GC.KeepAlive(content);
        return 0;
    }
}
