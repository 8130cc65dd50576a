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
        foreach (var member in Members(archive, parallelism, open))
        {
            if (member.Written is { } written)
            {
                Add(zip, member.Path, written);
                continue;
            }

            Add(zip, member.Path, member.Content!);
            yield return new OutputFile(member.Path, member.Content!, IsPage: false);
        }
    }

    private static IEnumerable<OutputFile> Kept(GeneratedArchive archive, Stream destination, int parallelism, Func<string, Stream> open, KeptArchive kept)
    {
        // Held whole, as portal serve holds the whole site: read while its stream is open, before the next is made.
        var members = Members(archive, parallelism, open).Select(m => (m.Path, Content: m.Written is { } written ? WrittenBytes(written) : m.Content!, Own: m.Written is null)).ToList();
        if (!kept.TryGet(members, out var bytes))
        {
            // The same entries, in the same order, fed in the same blocks: the bytes a one-off build writes.
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
    /// The archive's members in entry order, made on every core a batch ahead: a made member (<c>Content</c>) is its
    /// own file too; a streamed one (<see cref="GeneratedGroup.WriteTo"/>) is written to the stream <paramref name="open"/>
    /// gives, its file already written, and comes as that stream (<c>Written</c>), open until the next member is asked for.
    /// </summary>
    private static IEnumerable<(string Path, byte[]? Content, Stream? Written)> Members(GeneratedArchive archive, int parallelism, Func<string, Stream> open)
    {
        var groups = archive.Members.OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        foreach (var (group, files) in OrderedParallel.Map(groups, g => (g, g.Make()), parallelism, window: 16))
        {
            if (group.WriteTo is { } write)
            {
                using var file = open(group.Key);
                write(file);
                file.Flush();
                file.Position = 0;
                yield return (group.Key, null, file);
                continue;
            }

            foreach (var (path, content) in files)
            {
                yield return (path, content, null);
            }
        }
    }

    /// <summary>
    /// The deflater (zlib-ng) does not give the same bytes when the same content comes in different pieces, and the
    /// archive's bytes (and the size the data page shows) must not depend on how a member was made. So every member
    /// goes into its entry in the same pieces, blocks of <see cref="Block"/> bytes, whether it was made in memory or
    /// read back from its file: a streamed member is never held whole (<c>figures.csv</c> of 10,000 reports is 1.3 GB,
    /// which read back in one array was the build's largest allocation).
    /// </summary>
    internal const int Block = 1 << 20;

    private static void Add(ZipArchive zip, string path, ReadOnlySpan<byte> content)
    {
        using var stream = Entry(zip, path);
        for (var offset = 0; offset < content.Length; offset += Block)
        {
            stream.Write(content.Slice(offset, Math.Min(Block, content.Length - offset)));
        }
    }

    private static void Add(ZipArchive zip, string path, Stream written)
    {
        using var stream = Entry(zip, path);
        var block = new byte[Block];
        int read;
        while ((read = written.ReadAtLeast(block, Block, throwOnEndOfStream: false)) > 0)
        {
            stream.Write(block, 0, read);
        }
    }

    private static Stream Entry(ZipArchive zip, string path)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        return entry.Open();
    }

    private static byte[] WrittenBytes(Stream written)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)written.Length));
        written.ReadExactly(bytes);
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
