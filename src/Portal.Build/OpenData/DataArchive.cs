using System.IO.Compression;
using Portal.Build.Modeling;
using Portal.Build.Render;

namespace Portal.Build.OpenData;

/// <summary>
/// One zip of the whole dataset, laid out as on the site so <c>datapackage.json</c> inside it resolves.
/// Entries carry a fixed timestamp so the same content always gives the same bytes.
/// </summary>
public static class DataArchive
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Compresses the archive's members into <paramref name="destination"/> (a file in the staging folder: a large
    /// site's archive is gigabytes) and yields each member, to be written as a file of its own too. Members are made on
    /// every core, a batch ahead of the (single-threaded) compression. The archive is complete when the enumeration ends.
    /// </summary>
    public static IEnumerable<OutputFile> Write(GeneratedArchive archive, Stream destination, int parallelism)
    {
        var groups = archive.Members.OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var files in OrderedParallel.Map(groups, g => g.Make(), parallelism, window: 16))
        {
            foreach (var (path, content) in files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using (var stream = entry.Open())
                {
                    stream.Write(content);
                }

                yield return new OutputFile(path, content, IsPage: false);
            }
        }
    }
}
