using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Build.Publishing;
using Portal.Core.Configuration;

namespace Portal.Build.Write;

/// <summary>
/// What the last successful build of a site into an output folder was made from, and what it wrote: kept in the
/// cache folder (never in the output, which stays byte for byte what a clean build writes), so that
/// <c>portal build --incremental</c> can see that nothing changed and leave the output as it is.
/// </summary>
/// <remarks>
/// The inputs are every file of the content and theme folders and the files beside site.yml, each by its content
/// hash (SHA-256), plus the git commit times the feed shows, the Portal assemblies and the build's options. A file
/// whose size and modification time are the ones recorded keeps its recorded hash (as git's index does), so an
/// unchanged site is hashed from metadata only. The output is compared file by file (path, size, modification time)
/// with what the build wrote: an output touched since is built again.
/// </remarks>
public sealed class BuildStamp
{
    private const int Version = 1;

    /// <summary>Where stamps are kept by default: beside the compiled templates (see <c>TemplateDiskCache.DefaultRoot</c>).</summary>
    public static string DefaultFolder => Render.TemplateDiskCache.DefaultRoot;

    public required string Key { get; init; }

    public required IReadOnlyList<InputFile> Inputs { get; init; }

    public required IReadOnlyList<OutputEntry> Outputs { get; init; }

    public required int Pages { get; init; }

    public required int Files { get; init; }

    /// <summary>Warnings the build reported (not repeated when the build is skipped: <c>portal check</c> lists them).</summary>
    public required int Warnings { get; init; }

    public sealed record InputFile(string Path, long Length, long Ticks, string Hash);

    public sealed record OutputEntry(string Path, long Length, long Ticks);

    /// <summary>The inputs of a build as they are now, hashed; <paramref name="known"/> (the last stamp's) lends hashes of files that did not change.</summary>
    public static (string Key, IReadOnlyList<InputFile> Inputs) Fingerprint(SiteConfig config, string options, BuildStamp? known)
    {
        var recorded = known?.Inputs.ToDictionary(i => i.Path, StringComparer.Ordinal) ?? [];
        var inputs = InputPaths(config)
            .AsParallel().AsOrdered()
            .Select(path =>
            {
                var info = new FileInfo(path);
                var (length, ticks) = (info.Length, info.LastWriteTimeUtc.Ticks);
                return recorded.TryGetValue(path, out var was) && was.Length == length && was.Ticks == ticks
                    ? was
                    : new InputFile(path, length, ticks, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
            })
            .ToArray();

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add($"portal-build-stamp {Version}");
        foreach (var assembly in new[] { typeof(BuildStamp).Assembly, typeof(SiteConfig).Assembly })
        {
            Add(assembly.ManifestModule.ModuleVersionId.ToString());
        }

        Add(options);
        Add(Path.GetFullPath(config.OutputDirectory));
        foreach (var input in inputs)
        {
            Add($"{input.Path}\t{input.Hash}");
        }

        // The feed's dates come from git, not from the files: a commit changes the output without changing a file.
        Add(ReportDates.Read(config.ContentDirectory).Fingerprint());
        return (Convert.ToHexString(hash.GetHashAndReset()), inputs);
    }

    /// <summary>The stamp of the last build into the config's output folder, or null when there is none (or it cannot be read).</summary>
    public static BuildStamp? Read(string cacheRoot, SiteConfig config)
    {
        try
        {
            var file = FileOf(cacheRoot, config);
            return File.Exists(file) ? JsonSerializer.Deserialize<BuildStamp>(File.ReadAllBytes(file)) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Records a build that just succeeded, with the output folder as it wrote it. The stamp is only an optimisation: failing to write it is not an error.</summary>
    public static void Write(string cacheRoot, SiteConfig config, string key, IReadOnlyList<InputFile> inputs, int pages, int files, int warnings)
    {
        var stamp = new BuildStamp { Key = key, Inputs = inputs, Outputs = Manifest(config.OutputDirectory), Pages = pages, Files = files, Warnings = warnings };
        var file = FileOf(cacheRoot, config);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(stamp));
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Whether the output folder holds exactly the files this stamp's build wrote, none changed since.</summary>
    public bool OutputIsAsWritten(string outputDirectory) => Directory.Exists(outputDirectory) && Manifest(outputDirectory).SequenceEqual(Outputs);

    private static List<OutputEntry> Manifest(string outputDirectory)
    {
        var root = Path.GetFullPath(outputDirectory);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new DirectoryInfo(root).EnumerateFiles("*", options)
            .Select(f => new OutputEntry(Path.GetRelativePath(root, f.FullName), f.Length, f.LastWriteTimeUtc.Ticks))
            .ToList();
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return entries;
    }

    /// <summary>Every file a build reads: beside site.yml (site.yml, custom.css), and all of content and the themes.</summary>
    private static List<string> InputPaths(SiteConfig config)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        paths.UnionWith(Directory.EnumerateFiles(config.RootDirectory).Select(Path.GetFullPath));
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var folder in new[] { config.ContentDirectory, config.ThemesDirectory, Scaffold.Bundled.DefaultTheme(config.ThemesDirectory) }.Distinct())
        {
            if (Directory.Exists(folder))
            {
                paths.UnionWith(Directory.EnumerateFiles(folder, "*", options).Select(Path.GetFullPath));
            }
        }

        return [.. paths];
    }

    private static string FileOf(string cacheRoot, SiteConfig config) =>
        Path.Combine(cacheRoot, "builds", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(config.OutputDirectory))))[..32] + ".json");
}
