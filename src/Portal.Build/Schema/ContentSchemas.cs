using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Build.Load.Templates;
using Portal.Core.Model.Templates;

namespace Portal.Build.Schema;

/// <summary>
/// The JSON Schemas of the content files, shipped inside this assembly. Editors that speak the
/// yaml-language-server protocol read them from a <c># yaml-language-server: $schema=…</c> header.
/// </summary>
public static class ContentSchemas
{
    public const string ReportFile = "portal-report.schema.json";

    public const string DepartmentFile = "portal-department.schema.json";

    /// <summary>Where schemas live, both in a site folder (beside site.yml) and in the built site.</summary>
    public const string Folder = "schema";

    public static IReadOnlyList<string> Files { get; } = [ReportFile, DepartmentFile];

    /// <summary>A schema file as published: the report schema with the <c>tables</c> of the shipped templates.</summary>
    /// <summary>
    /// Writes the schemas into <paramref name="folder"/> (a site's <see cref="Folder"/>) where they are missing or differ,
    /// for the scaffold and the importer; returns the files written.
    /// </summary>
    public static IReadOnlyList<string> WriteInto(string folder, IEnumerable<TableTemplate> templates)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var schema in Files)
        {
            var path = Path.Combine(folder, schema);
            var bytes = Read(schema, templates);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                File.WriteAllBytes(path, bytes);
                written.Add(path);
            }
        }

        return written;
    }

    public static byte[] Read(string fileName) => Read(fileName, TemplateCatalog.Shipped.All);

    /// <summary>A schema file with the <c>tables</c> of <paramref name="templates"/> (a site's own templates included).</summary>
    public static byte[] Read(string fileName, IEnumerable<TableTemplate> templates)
    {
        var raw = ReadEmbedded(fileName);
        if (fileName != ReportFile)
        {
            return raw;
        }

        var schema = JsonNode.Parse(raw)!.AsObject();
        TableSchemas.Apply(schema, templates);
        var text = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Encoding.UTF8.GetBytes(text + "\n");
    }

    private static byte[] ReadEmbedded(string fileName)
    {
        using var stream = typeof(ContentSchemas).Assembly.GetManifestResourceStream($"Portal.Build.Schema.{fileName}")
            ?? throw new InvalidOperationException($"schema {fileName} is not embedded in Portal.Build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
