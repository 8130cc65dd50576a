using System.Reflection;
using Portal.Core.Diagnostics;
using Portal.Core.Model.Templates;

namespace Portal.Build.Load.Templates;

/// <summary>
/// The table templates a site can use: those shipped with Portal (<c>Templates/Shipped/*.yml</c>) and the site's
/// own (<c>content/_templates/NAME.yml</c>), which take precedence over a shipped one of the same name.
/// </summary>
public sealed class TemplateCatalog
{
    /// <summary>The folder under the content folder where a site declares its own templates.</summary>
    public const string SiteFolder = "_templates";

    /// <summary>The template of a report that names none: the one Portal was first built for.</summary>
    public const string DefaultName = "hunan";

    private static readonly Lazy<IReadOnlyList<TableTemplate>> ShippedTemplates = new(ReadShipped);

    private readonly Dictionary<string, TableTemplate> _byName;

    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    private TemplateCatalog(IEnumerable<TableTemplate> templates, IEnumerable<string>? broken = null)
    {
        _broken.UnionWith(broken ?? []);
        _byName = new Dictionary<string, TableTemplate>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            _byName[template.Name] = template;
        }
    }

    /// <summary>The shipped templates alone.</summary>
    public static TemplateCatalog Shipped { get; } = new(ShippedTemplates.Value);

    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<TableTemplate> All => Names.Select(n => _byName[n]);

    /// <summary>Whether both catalogs hold equal templates (records compare by value, forms and all).</summary>
    public bool SameAs(TemplateCatalog other) =>
        _byName.Count == other._byName.Count && _byName.All(p => other._byName.TryGetValue(p.Key, out var t) && TemplatesEqual(p.Value, t));

    private static bool TemplatesEqual(TableTemplate a, TableTemplate b) =>
        a.Name == b.Name && a.Title == b.Title && a.Blank == b.Blank && a.Codes == b.Codes && a.Forms.SequenceEqual(b.Forms, FormComparer.Instance);

    public TableTemplate? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Whether the site has a template file of this name that did not read (its errors are already reported).</summary>
    public bool IsBroken(string name) => _broken.Contains(name);

    /// <summary>The shipped templates plus the site's own, each site file's errors located in it.</summary>
    public static TemplateCatalog Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(contentDirectory, SiteFolder);
        if (!Directory.Exists(folder))
        {
            return Shipped;
        }

        var own = new List<TableTemplate>();
        var broken = new List<string>();
        foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".yml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var display = ContentLoader.Display(file);
            var errors = diagnostics.Count;
            if (TemplateReader.Read(File.ReadAllText(file), display, diagnostics) is not { } template)
            {
                broken.Add(Path.GetFileNameWithoutExtension(file));
                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(file);
            if (template.Name != stem)
            {
                diagnostics.Error(BuildStage.Load, new SourceLocation(display, 1, 1), "name",
                    $"the template file {stem}.yml names the template \"{template.Name}\": name the file after the template ({template.Name}.yml)");
            }
            else if (diagnostics.Count == errors)
            {
                own.Add(template);
            }
        }

        return new TemplateCatalog(ShippedTemplates.Value.Concat(own), broken);
    }

    private static IReadOnlyList<TableTemplate> ReadShipped()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var templates = new List<TableTemplate>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Portal.Build.Load.Templates.Shipped.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var diagnostics = new DiagnosticBag();
            var template = TemplateReader.Read(reader.ReadToEnd(), $"(Portal) {name["Portal.Build.Load.Templates.Shipped.".Length..]}", diagnostics);
            if (template is null)
            {
                // A shipped template is tested; one that does not read is a Portal defect, not a webmaster's.
                throw new InvalidOperationException($"shipped template {name} does not read: {string.Join("; ", diagnostics.Items)}");
            }

            templates.Add(template);
        }

        return templates;
    }

    /// <summary>Forms compare by what they print: records compare their lists by reference, so lists are compared here.</summary>
    private sealed class FormComparer : IEqualityComparer<FormDefinition>
    {
        public static readonly FormComparer Instance = new();

        public bool Equals(FormDefinition? x, FormDefinition? y) =>
            x is not null && y is not null
            && Bare(x) == Bare(y)
            && x.Columns.SequenceEqual(y.Columns) && x.IncomeColumns.SequenceEqual(y.IncomeColumns)
            && x.Header.Count == y.Header.Count && x.Header.Zip(y.Header).All(p => p.First.SequenceEqual(p.Second));

        private static FormDefinition Bare(FormDefinition form) =>
            form with { Columns = Array.Empty<FormColumn>(), IncomeColumns = Array.Empty<FormColumn>(), Header = Array.Empty<IReadOnlyList<HeaderCell>>() };

        public int GetHashCode(FormDefinition obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
