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
    /// <param name="kept">
    /// The archive of earlier builds of the same site (<c>portal serve</c>): every member is made first, and when they
    /// are the last archive's members, path for path and byte for byte, its bytes are written again instead of
    /// compressing them again. Null for a one-off build, which compresses each member as it is made.
    /// </param>
    public static IEnumerable<OutputFile> Write(GeneratedArchive archive, Stream destination, int parallelism, Func<string, Stream> open, KeptArchive? kept = null)
    {
        return kept is null ? AsMade(archive, destination, parallelism, open) : Kept(archive, destination, parallelism, open, kept);
    }

    private static IEnumerable<OutputFile> AsMade(GeneratedArchive archive, Stream destination, int parallelism, Func<string, Stream> open)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, content, own) in Members(archive, parallelism, open))
        {
            Add(zip, path, content);
            if (own)
            {
                yield return new OutputFile(path, content, IsPage: false);
            }
        }
    }

    private static IEnumerable<OutputFile> Kept(GeneratedArchive archive, Stream destination, int parallelism, Func<string, Stream> open, KeptArchive kept)
    {
        var members = Members(archive, parallelism, open).ToList();
        if (!kept.TryGet(members, out var bytes))
        {
            // The same entries, in the same order, each in one write: the bytes a one-off build writes.
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (path, content, _) in members)
                {
                    Add(zip, path, content);
                }
            }

            bytes = buffer.ToArray();
            kept.Remember(members, bytes);
        }

        destination.Write(bytes);
        foreach (var (path, content, own) in members)
        {
            if (own)
            {
                yield return new OutputFile(path, content, IsPage: false);
            }
        }
    }

    /// <summary>
    /// The archive's members in entry order, made on every core a batch ahead: a made member is its own file too
    /// (<c>Own</c>); a streamed one (<see cref="GeneratedGroup.WriteTo"/>) is written to the stream <paramref name="open"/>
    /// gives and read back from it for its entry, its file already written.
    /// </summary>
    private static IEnumerable<(string Path, byte[] Content, bool Own)> Members(GeneratedArchive archive, int parallelism, Func<string, Stream> open)
    {
        var groups = archive.Members.OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        foreach (var (group, files) in OrderedParallel.Map(groups, g => (g, g.Make()), parallelism, window: 16))
        {
            if (group.WriteTo is { } write)
            {
                using var file = open(group.Key);
                write(file);
                yield return (group.Key, WrittenBytes(file), false);
                continue;
            }

            foreach (var (path, content) in files)
            {
                yield return (path, content, true);
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

/// <summary>
/// What <c>portal serve</c> remembers of the data archive between rebuilds: its members (path and bytes) and the zip
/// made of them. Compressing is most of what the archive costs, and most edits leave its members as they were.
/// </summary>
public sealed class KeptArchive
{
    private (string Path, byte[] Content)[] _members = [];
    private byte[]? _bytes;

    internal bool TryGet(IReadOnlyList<(string Path, byte[] Content, bool Own)> members, out byte[] bytes)
    {
        bytes = _bytes ?? [];
        if (_bytes is null || members.Count != _members.Length)
        {
            return false;
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Path != _members[i].Path || !members[i].Content.AsSpan().SequenceEqual(_members[i].Content))
            {
                return false;
            }
        }

        return true;
    }

    internal void Remember(IReadOnlyList<(string Path, byte[] Content, bool Own)> members, byte[] bytes)
    {
        _members = [.. members.Select(m => (m.Path, m.Content))];
        _bytes = bytes;
    }
}
