namespace Portal.Build.Load;

/// <summary>
/// Paths as the file system finally resolves them, every symbolic link followed. <see cref="Path.GetFullPath(string)"/>
/// only tidies the text: <c>sources/</c> linked to <c>/etc</c> still "looks" inside the department folder, and
/// <c>link/../x</c> is cut to <c>x</c> although the kernel goes through the link's target. Containment checks
/// (what content may read, where a build may write) must compare these real paths.
/// </summary>
public static class RealPaths
{
    // Linux gives up after 40 links (ELOOP); so do we, rather than loop forever on a link to itself.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>
    /// The real path of <paramref name="path"/>: each segment resolved in turn, links replaced by their targets and
    /// <c>..</c> taken after the link before it. Segments that do not exist (yet) are kept as written.
    /// </summary>
    /// <exception cref="IOException">the path goes through more than 40 links (a loop).</exception>
    public static string Of(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var resolved = Path.GetPathRoot(full)!;
        var pending = new LinkedList<string>(full[resolved.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries));
        var links = 0;
        while (pending.First is { } first)
        {
            var segment = first.Value;
            pending.RemoveFirst();
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var candidate = Path.Combine(resolved, segment);
            if (new FileInfo(candidate).LinkTarget is not { } target)
            {
                resolved = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"'{path}' goes through more than {MaxLinks} symbolic links (a link that leads to itself?)");
            }

            // The target's segments are walked like the rest, so links inside the target are followed too.
            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
                target = target[resolved.Length..];
            }

            foreach (var part in target.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.AddFirst(part);
            }
        }

        return resolved;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it; both must be real paths.</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Separators) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// Where <paramref name="folder"/> is listed, with its parent's links resolved but not a link the folder itself
    /// may be: the root that content in it may read from (a department folder that is a link elsewhere does not
    /// carry that elsewhere into the site).
    /// </summary>
    public static string Listed(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Separators);
        return Path.Combine(Of(Path.GetDirectoryName(full) ?? full), Path.GetFileName(full));
    }

    /// <summary>
    /// The real path of <paramref name="relative"/> (a path written in content or a theme) under the real folder
    /// <paramref name="root"/>; null, with <paramref name="problem"/> saying why in plain words, when it holds a NUL
    /// character, is absolute, or resolves — links included — outside the root.
    /// </summary>
    /// <param name="rootName">how the root is named in the problem, e.g. "the department folder".</param>
    public static string? Inside(string root, string relative, string rootName, out string problem)
    {
        problem = string.Empty;
        if (relative.Contains('\0', StringComparison.Ordinal))
        {
            problem = "it holds a NUL character";
            return null;
        }

        if (Path.IsPathRooted(relative))
        {
            problem = $"it is an absolute path; expected a path relative to {rootName}";
            return null;
        }

        // First the text alone ("../../x"), then the links: each is its own mistake to explain.
        if (!IsSameOrInside(Path.GetFullPath(Path.Combine(root, relative)), root))
        {
            problem = $"it leads outside {rootName}";
            return null;
        }

        string real;
        try
        {
            real = Of(Path.Combine(root, relative));
        }
        catch (IOException ex)
        {
            problem = ex.Message;
            return null;
        }

        if (!IsSameOrInside(real, root))
        {
            problem = $"it goes through a symbolic link that leads outside {rootName}";
            return null;
        }

        return real;
    }
}
