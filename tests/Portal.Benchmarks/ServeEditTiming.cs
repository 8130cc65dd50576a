using System.Diagnostics;
using System.Globalization;
using Portal.Build.Incremental;

namespace Portal.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Portal.Benchmarks -- serve-edit SITE.yml REPORT.yml [edits]</c>:
/// what <c>portal serve</c> does after a report is saved, timed. Copies the site to a temporary folder, builds it
/// once, then appends a comment line to the report and rebuilds, <c>edits</c> times (default 10), printing each
/// rebuild's time and the median. The time is from the change being handed over to every file being ready to
/// serve; the live-reload push that follows is one WebSocket message. With <c>--figure</c> after the count, each
/// edit changes a figure instead.
/// </summary>
internal static class ServeEditTiming
{
    public static int Run(string[] args)
    {
        var source = Path.GetDirectoryName(Path.GetFullPath(args[0]))!;
        var copy = Directory.CreateTempSubdirectory("portal-serve-edit-").FullName;
        try
        {
            foreach (var entry in new[] { "content", "themes" })
            {
                CopyFolder(Path.Combine(source, entry), Path.Combine(copy, entry));
            }

            File.Copy(Path.GetFullPath(args[0]), Path.Combine(copy, "site.yml"));
            var report = Path.Combine(copy, Path.GetRelativePath(source, Path.GetFullPath(args[1])));
            var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
            // --figure: each edit changes the report's first table figure (3618.79 → 3618.80 …) instead of adding a
            // comment, so its findings, its 科目 on the 分类 pages and the 对比 figures change as a real correction would.
            var figure = args.Contains("--figure");

            var rebuilder = new SiteRebuilder(Path.Combine(copy, "site.yml"));
            var clock = Stopwatch.StartNew();
            var first = rebuilder.Rebuild([]);
            Console.WriteLine($"first build: {clock.ElapsedMilliseconds} ms, {first.Files?.Count ?? 0} files");
            if (first.Files is null)
            {
                Console.Error.WriteLine("the site does not build");
                return 1;
            }

            var text = File.ReadAllText(report);
            var times = new List<double>();
            for (var i = 0; i < edits; i++)
            {
                File.WriteAllText(report, figure ? EditFigure(text, i) : text + $"\n# edit {i}\n");
                clock.Restart();
                var result = rebuilder.Rebuild([report]);
                times.Add(clock.Elapsed.TotalMilliseconds);
                var stages = string.Join(", ", result.StageTimes.Select(t => $"{t.Key.ToString().ToLowerInvariant()} {t.Value.TotalMilliseconds:0}"));
                Console.WriteLine($"edit {i + 1}: {clock.ElapsedMilliseconds} ms, {result.RenderedPages} pages rendered again, ok={result.Files is not null} ({stages})");
            }

            times.Sort();
            Console.WriteLine($"median {times[times.Count / 2]:0} ms, max {times[^1]:0} ms over {edits} edits");
            return 0;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>The text with the first figure of its tables (a number with two decimals) raised by <c>0.01 × (edit + 1)</c>.</summary>
    private static string EditFigure(string text, int edit)
    {
        var tables = text.IndexOf("\ntables:", StringComparison.Ordinal);
        var match = System.Text.RegularExpressions.Regex.Match(text[tables..], @"(?<![\d.])\d+\.\d\d(?![\d.])");
        var value = decimal.Parse(match.Value, CultureInfo.InvariantCulture) + (0.01m * (edit + 1));
        var at = tables + match.Index;
        return text[..at] + value.ToString("0.00", CultureInfo.InvariantCulture) + text[(at + match.Length)..];
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
