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

    public static byte[] Read(string fileName)
    {
        using var stream = typeof(ContentSchemas).Assembly.GetManifestResourceStream($"Portal.Build.Schema.{fileName}")
            ?? throw new InvalidOperationException($"schema {fileName} is not embedded in Portal.Build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
