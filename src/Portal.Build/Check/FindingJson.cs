using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Build.Modeling;

namespace Portal.Build.Check;

/// <summary>
/// Findings as JSON, the shape <c>portal check --format json</c> prints and the site publishes as
/// <c>checks.json</c>: <c>{"findings":[{rule, severity, department, year, table, code, column, stated,
/// computed, file, line, column_number, field_path, message, consequences}]}</c>. Chinese stays literal UTF-8.
/// </summary>
public static class FindingJson
{
    public const string OutputPath = "checks.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What <c>portal check --format json</c> prints: files as the terminal shows them, relative to the working folder.</summary>
    public static string Serialize(IReadOnlyList<Finding> findings) => Encoding.UTF8.GetString(Bytes(findings, file => file));

    /// <summary>
    /// <c>checks.json</c> of the site in <paramref name="siteRoot"/>: files relative to the site's folder, so the
    /// published bytes do not depend on where the build was started (from / they named the machine's folders).
    /// </summary>
    public static GeneratedFile File(IReadOnlyList<Finding> findings, string siteRoot) =>
        new(OutputPath, Bytes(findings, file => SiteRelative(siteRoot, file)));

    /// <summary>A finding's file as the site's data shows it: relative to the site's folder, with forward slashes.</summary>
    public static string SiteRelative(string siteRoot, string file) => Path.GetRelativePath(siteRoot, Path.GetFullPath(file)).Replace('\\', '/');

    private static byte[] Bytes(IReadOnlyList<Finding> findings, Func<string, string> shown)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var f in findings)
            {
                json.WriteStartObject();
                json.WriteString("rule", f.Rule);
                json.WriteString("severity", f.SeverityName);
                json.WriteString("department", f.DepartmentSlug);
                json.WriteString("department_name", f.Department);
                json.WriteNumber("year", f.Year);
                json.WriteString("table", f.Table);
                json.WriteString("code", f.Code);
                json.WriteString("column", f.Column);
                WriteNumber(json, "stated", f.Stated);
                WriteNumber(json, "computed", f.Computed);
                json.WriteString("file", shown(f.Location.File).Replace('\\', '/'));
                json.WriteNumber("line", f.Location.Line);
                json.WriteNumber("column_number", f.Location.Column);
                json.WriteString("field_path", f.FieldPath);
                json.WriteString("message", f.Message);
                WriteConsequences(json, f);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The findings the same printed error causes elsewhere, under their root (empty for most).</summary>
    private static void WriteConsequences(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartArray("consequences");
        foreach (var c in f.Consequences)
        {
            json.WriteStartObject();
            json.WriteString("rule", c.Rule);
            json.WriteString("table", c.Table);
            json.WriteString("code", c.Code);
            json.WriteString("column", c.Column);
            WriteNumber(json, "stated", c.Stated);
            WriteNumber(json, "computed", c.Computed);
            json.WriteString("field_path", c.FieldPath);
            json.WriteString("message", c.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
