namespace Portal.Core.Diagnostics;

/// <summary>
/// Where each field of a loaded file came from, keyed by field path (<c>tables.t02.rows[3][2]</c>),
/// so later stages (validation, the accounts checker) can point at the exact figure in the YAML.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public SourceMap(string file) => File = file;

    public string File { get; }

    public void Record(string path, int line, int column) =>
        _locations[path] = new SourceLocation(File, line, column);

    /// <summary>The location of <paramref name="path"/>, or of its nearest recorded ancestor.</summary>
    public SourceLocation Find(string path)
    {
        var current = path;
        while (true)
        {
            if (_locations.TryGetValue(current, out var location))
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
}
