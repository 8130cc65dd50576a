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

    public static byte[] Write(IEnumerable<GeneratedFile> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var ordered = files.OrderBy(f => f.OutputPath, StringComparer.Ordinal).ToArray();
            // Files made on demand are made on every core, a batch ahead of the (single-threaded) compression.
            var contents = OrderedParallel.Map(ordered, f => f.Content, Environment.ProcessorCount, window: 64);
            foreach (var (file, content) in ordered.Zip(contents))
            {
                var entry = zip.CreateEntry(file.OutputPath, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
