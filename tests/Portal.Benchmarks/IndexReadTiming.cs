using System.Diagnostics;
using System.Globalization;
using System.Text;
using Portal.Build.Search;

namespace Portal.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Portal.Benchmarks -- index-read OUTPUT [rounds]</c>: reads every page of a
/// built site for the search index (<see cref="SearchIndexBuilder.Prepare"/>) on one thread, <c>rounds</c> times
/// (default 3), and prints MB/s and allocation per MB. One thread and no file system, so the number is steady on a
/// shared machine, where whole-build timings swing by a third from run to run.
/// </summary>
internal static class IndexReadTiming
{
    public static int Run(string[] args)
    {
        var root = Path.GetFullPath(args[0]);
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var pages = Directory.EnumerateFiles(root, "index.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: Path.GetRelativePath(root, Path.GetDirectoryName(f)!) + "/", Html: File.ReadAllText(f)))
            .ToArray();
        var megabytes = pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Html)) / 1e6;
        Console.WriteLine($"{pages.Length} pages, {megabytes:0.0} MB of HTML");
        for (var round = 1; round <= rounds; round++)
        {
            GC.Collect();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var segments = 0;
            foreach (var (path, html) in pages)
            {
                segments += SearchIndexBuilder.Prepare(path, html)?.Segments.Count ?? 0;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var mb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;
            Console.WriteLine($"round {round}: {seconds:0.00} s, {megabytes / seconds:0.0} MB/s, {mb / megabytes:0.0} MB allocated per MB read, {segments} segments");

            // The reading alone (HTML to segments), without the keys and chunks Prepare makes of them: which half costs.
            clock.Restart();
            foreach (var (path, html) in pages)
            {
                PageTextExtractor.Extract(path, html);
            }

            Console.WriteLine($"round {round}: reading alone {clock.Elapsed.TotalSeconds:0.00} s ({clock.Elapsed.TotalSeconds / seconds:P0} of Prepare)");
        }

        return 0;
    }
}
