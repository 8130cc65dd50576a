using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using Portal.Build.Modeling;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace Portal.Build.Render;

/// <summary>
/// Keeps RazorLight's compiled templates on disk between runs, so a cold <c>portal build</c> loads assemblies
/// instead of starting Roslyn (seconds). Entries live in a folder named by a fingerprint of everything a compiled
/// template depends on: every .cshtml of the theme folders, the Portal assemblies whose types the templates use,
/// and the RazorLight and runtime versions. Any change gives a new folder, so a stale template is never loaded.
/// The cache is only an optimisation: if its folder cannot be written, templates are compiled as before.
/// </summary>
internal sealed class TemplateDiskCache : ICachingProvider, IPrecompileCallback
{
    private readonly ConcurrentDictionary<string, Func<ITemplatePage>> _loaded = new(StringComparer.Ordinal);

    public TemplateDiskCache(string root, IReadOnlyList<string> themeRoots) =>
        Folder = Path.Combine(root, "templates", Fingerprint(themeRoots));

    /// <summary><c>$PORTAL_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/portal</c>, else <c>~/.cache/portal</c>.</summary>
    public static string DefaultRoot =>
        Environment.GetEnvironmentVariable("PORTAL_CACHE_DIR") is { Length: > 0 } configured ? configured
        : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "portal")
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "portal");

    public string Folder { get; }

    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        var name = Normalize(key);
        if (!_loaded.TryGetValue(name, out var factory))
        {
            var file = FileOf(name);
            if (!File.Exists(file))
            {
                return new TemplateCacheLookupResult();
            }

            factory = _loaded.GetOrAdd(name, _ => Load(file, key));
        }

        return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
    }

    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken) =>
        _loaded[Normalize(key)] = pageFactory;

    public bool Contains(string key) => _loaded.ContainsKey(Normalize(key)) || File.Exists(FileOf(Normalize(key)));

    public void Remove(string key) => _loaded.TryRemove(Normalize(key), out _);

    /// <summary>Called by RazorLight with the bytes of each template it has just compiled.</summary>
    void IPrecompileCallback.Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        var file = FileOf(Normalize(generatedRazorTemplate.TemplateKey));
        try
        {
            Directory.CreateDirectory(Folder);

            // Write beside, then rename: a concurrent build never loads half an assembly.
            var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, rawAssembly);
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static Func<ITemplatePage> Load(string file, string key)
    {
        var type = Assembly.Load(File.ReadAllBytes(file)).GetCustomAttribute<RazorLightTemplateAttribute>()!.TemplateType;
        return () =>
        {
            var page = (ITemplatePage)Activator.CreateInstance(type)!;
            page.Key = key;
            return page;
        };
    }

    private string FileOf(string name) => Path.Combine(Folder, name.Replace('/', '~') + ".dll");

    /// <summary>"/pages/Report.cshtml" and "pages/Report" are the same template.</summary>
    private static string Normalize(string key)
    {
        var name = key.Replace('\\', '/').TrimStart('/');
        return name.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) ? name[..^".cshtml".Length] : name;
    }

    private static string Fingerprint(IReadOnlyList<string> themeRoots)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add(Environment.Version.ToString());
        foreach (var assembly in new[] { typeof(RazorLightEngine).Assembly, typeof(PageModel).Assembly, typeof(Core.Model.Report).Assembly })
        {
            Add($"{assembly.GetName()} {assembly.ManifestModule.ModuleVersionId}");
        }

        foreach (var root in themeRoots.Where(Directory.Exists).Distinct())
        {
            foreach (var file in Directory.GetFiles(root, "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(Path.GetRelativePath(root, file));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
