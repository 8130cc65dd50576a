using RazorLight.Razor;

namespace Portal.Build.Render;

/// <summary>
/// Resolves a template key in the site's theme first and in the default theme second, so a webmaster
/// overrides one layout or partial by copying that one file into their own theme.
/// </summary>
internal sealed class ThemeProject : RazorLightProject
{
    private readonly FileSystemRazorProject[] _roots;

    public ThemeProject(IEnumerable<string> roots) =>
        _roots = roots.Where(Directory.Exists).Distinct().Select(r => new FileSystemRazorProject(r)).ToArray();

    public override async Task<RazorLightProjectItem> GetItemAsync(string templateKey)
    {
        RazorLightProjectItem? first = null;
        foreach (var root in _roots)
        {
            var item = await root.GetItemAsync(templateKey).ConfigureAwait(false);
            if (item.Exists)
            {
                return item;
            }

            first ??= item;
        }

        return first ?? throw new InvalidOperationException($"no theme folder exists to look up template '{templateKey}'");
    }

    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) =>
        Task.FromResult(Enumerable.Empty<RazorLightProjectItem>());
}
