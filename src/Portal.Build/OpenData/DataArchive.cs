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
    /// every core, a batch ahead of the (single-threaded) compression. A streamed member
    /// (<see cref="GeneratedGroup.WriteTo"/>) is written piece by piece into the stream <paramref name="open"/> gives
    /// for its path, and is not yielded. The archive is complete when the enumeration ends.
    /// </summary>
    public static IEnumerable<OutputFile> Write(GeneratedArchive archive, Stream destination, int parallelism, Func<string, Stream> open)
    {
        var groups = archive.Members.OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (group, files) in OrderedParallel.Map(groups, g => (g, g.Make()), parallelism, window: 16))
        {
            if (group.WriteTo is { } write)
            {
                using var file = open(group.Key);
                write(file);
                Add(zip, group.Key, WrittenBytes(file));
                continue;
            }

            foreach (var (path, content) in files)
            {
                Add(zip, path, content);
                yield return new OutputFile(path, content, IsPage: false);
            }
        }
    }

    /// <summary>
    /// A member goes into its entry in one write: the deflater (zlib-ng) does not give the same bytes when the same
    /// content comes in pieces, and the archive's bytes (and the size the data page shows) must not depend on how a
    /// member was made. So a streamed member is read back from its file for the archive, and held for that moment only.
    /// </summary>
    private static void Add(ZipArchive zip, string path, ReadOnlySpan<byte> content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static byte[] WrittenBytes(Stream file)
    {
        file.Flush();
        file.Position = 0;
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)file.Length));
        file.ReadExactly(bytes);
        return bytes;
    }
}
