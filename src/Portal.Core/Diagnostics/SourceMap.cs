namespace Portal.Core.Diagnostics;

/// <summary>
/// Where each field of a loaded file came from, keyed by field path (<c>tables.income.rows[3][2]</c>),
/// so later stages (validation, the accounts checker) can point at the exact figure in the YAML.
/// A <see cref="Deferred"/> map records nothing while its file is read and is filled on its first lookup by
/// reading the file again: a report's map holds thousands of paths, and most maps are never asked.
/// </summary>
public sealed class SourceMap
{
    private readonly Lock _gate = new();
    private Dictionary<string, SourceLocation>? _locations;
    private Action<SourceMap>? _replay;

    public SourceMap(string file)
    {
        File = file;
        _locations = new(StringComparer.Ordinal);
    }

    public string File { get; }

    /// <summary>
    /// A map for <paramref name="file"/> that is filled on first use by <paramref name="replay"/>, which must read the
    /// file the way the loader did and record into the map it is given.
    /// </summary>
    public static SourceMap Deferred(string file, Action<SourceMap> replay) => new(file) { _locations = null, _replay = replay };

    /// <summary>
    /// A <see cref="Deferred"/> map that records the loader's first read too: for <c>portal serve</c>, where a file
    /// is read only when it changed and its report is then checked at once, so its map is asked at once; recording
    /// as it is read costs far less than reading the file a second time. After <see cref="Forget"/> it is deferred.
    /// </summary>
    public static SourceMap Recorded(string file, Action<SourceMap> replay) => new(file) { _replay = replay };

    public void Record(string path, int line, int column)
    {
        // A deferred map ignores the loader's first read; its replay records into a map of its own.
        _locations?[path] = new SourceLocation(File, line, column);
    }

    /// <summary>The location of <paramref name="path"/>, or of its nearest recorded ancestor.</summary>
    public SourceLocation Find(string path)
    {
        var locations = Locations();
        var current = path;
        while (true)
        {
            if (locations.TryGetValue(current, out var location))
            {
                return location;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
            {
                return new SourceLocation(File, 1, 1);
            }

            current = current[..cut];
        }
    }

    private Dictionary<string, SourceLocation> Locations()
    {
        lock (_gate)
        {
            if (_locations is null)
            {
                var filled = new SourceMap(File);
                _replay!(filled);
                _locations = filled._locations!;
            }

            return _locations;
        }
    }

    /// <summary>
    /// Drops the locations of a <see cref="Deferred"/> map (the next lookup reads the file again). A stage that looked
    /// up many reports' fields calls this when done, so a large site does not keep every report's map to the end.
    /// </summary>
    public void Forget()
    {
        lock (_gate)
        {
            if (_replay is not null)
            {
                _locations = null;
            }
        }
    }
}
