using System.Diagnostics;
using System.Globalization;
using Portal.Core.Model;

namespace Portal.Build.Publishing;

/// <summary>
/// When each report last changed, for the feed's <c>updated</c>: the time of the last git commit that touched its
/// YAML file. Never the file's modification time, which a fresh clone, a copy or a touch changes, so that the same
/// sources always give the same feed. A report git does not know (no repository, not committed yet, no git on the
/// machine) gets 1 January after its fiscal year, 00:00 UTC: a 决算 cannot be published before its year has ended.
/// </summary>
public sealed class ReportDates
{
    private readonly Dictionary<string, DateTimeOffset> _committed;

    private ReportDates(Dictionary<string, DateTimeOffset> committed) => _committed = committed;

    /// <summary>The commit times of the files under <paramref name="contentDirectory"/>, read with one <c>git log</c>.</summary>
    public static ReportDates Read(string contentDirectory) => new(Directory.Exists(contentDirectory) ? GitLog(contentDirectory) : []);

    /// <summary>Every commit time read, as one line per file in path order: what a build's output depends on here.</summary>
    public string Fingerprint() =>
        string.Join("\n", _committed.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}\t{c.Value.ToUnixTimeSeconds()}"));

    public DateTimeOffset Of(Report report) =>
        _committed.TryGetValue(Path.GetFullPath(report.FilePath), out var committed)
            ? committed
            : new DateTimeOffset(report.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// <c>git log</c> newest first, each commit as a line "\u0001&lt;unix time&gt;" followed by the files it touched,
    /// relative to the content folder: a file's first appearance is its last commit.
    /// </summary>
    private static Dictionary<string, DateTimeOffset> GitLog(string contentDirectory)
    {
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = contentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in new[] { "-c", "core.quotepath=off", "log", "--format=%x01%ct", "--name-only", "--no-renames", "--relative", "--", "." })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var git = Process.Start(start)!;
            _ = git.StandardError.ReadToEndAsync();
            DateTimeOffset? time = null;
            while (git.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith('\u0001'))
                {
                    time = long.TryParse(line.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
                }
                else if (line.Length > 0 && time is { } t)
                {
                    times.TryAdd(Path.GetFullPath(Path.Combine(contentDirectory, line)), t);
                }
            }

            git.WaitForExit();

            // Not a repository (exit 128) or any other failure: no commit times, every report takes the fallback.
            return git.ExitCode == 0 ? times : [];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed.
            return [];
        }
    }
}
