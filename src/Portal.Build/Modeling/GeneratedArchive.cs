namespace Portal.Build.Modeling;

/// <summary>
/// A zip of generated files that are published on their own as well (the open-data archive). The write stage makes
/// each member once, writes it and compresses it into the archive as it goes, so no member is made twice and the
/// archive is never held in memory; pages that show the archive's size are rendered after it.
/// </summary>
public sealed class GeneratedArchive(string outputPath, IReadOnlyList<GeneratedGroup> members)
{
    private long? _bytes;

    public string OutputPath { get; } = outputPath;

    /// <summary>
    /// The members, in groups whose paths sort together: the archive lists them in ordinal path order. Empty once the
    /// archive is <see cref="Written"/>: what they are made from (every report's tables) is let go then.
    /// </summary>
    public IReadOnlyList<GeneratedGroup> Members { get; private set; } = members;

    /// <summary>The archive's size, known once the write stage has written it.</summary>
    public long Bytes => _bytes ?? throw new InvalidOperationException($"{OutputPath} is read before it was written: the pages that show its size render after it");

    /// <summary>The write stage has written the archive, of <paramref name="bytes"/> bytes; its members are let go.</summary>
    public void Written(long bytes)
    {
        _bytes = bytes;
        Members = [];
    }
}

/// <summary>
/// Generated files made together (one report's data files come from one flattening of its tables); <see cref="Key"/>
/// sorts the group among the others, <see cref="Make"/> makes its files, sorted by path.
/// </summary>
public sealed record GeneratedGroup(string Key, Func<IReadOnlyList<(string Path, byte[] Content)>> Make)
{
    /// <summary>
    /// A single file at <see cref="Key"/> that grows with the site (every amount of every report, every table's
    /// schema), written to its file as it is made rather than built up in memory first. Null for a group whose files
    /// <see cref="Make"/> returns as bytes.
    /// </summary>
    public Action<Stream>? WriteTo { get; private init; }

    /// <summary>A group of one file, written by <paramref name="write"/> to a stream instead of made as bytes.</summary>
    public static GeneratedGroup Streamed(string path, Action<Stream> write) => new(path, static () => []) { WriteTo = write };
}
