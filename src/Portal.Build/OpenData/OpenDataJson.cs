using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Portal.Core.Model.Tables;

namespace Portal.Build.OpenData;

/// <summary>
/// JSON settings for every data file: snake_case names, indented, Chinese written as characters rather
/// than <c>\uXXXX</c>, exact decimals, and the loader's bookkeeping (file paths, source maps) left out.
/// </summary>
public static class OpenDataJson
{
    // Draft too: a published report is never a draft, and portal serve's preview of one need not say it in its data.
    private static readonly HashSet<string> Bookkeeping = ["FilePath", "SourceMap", "Draft"];

    // What the model derives for pages (a table's form and conventions, a line's matching label) is not content:
    // report.json holds the report as written, its tables by their keys.
    private static readonly (Type Type, string Name)[] Derived =
    [
        (typeof(TableInfo), nameof(TableInfo.Form)), (typeof(TableInfo), nameof(TableInfo.Blank)),
        (typeof(TableInfo), nameof(TableInfo.Codes)), (typeof(TableInfo), nameof(TableInfo.ShortName)),
        (typeof(LineRow), nameof(LineRow.Label)), (typeof(SangongFigures), nameof(SangongFigures.Values)),
    ];

    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropBookkeeping } },
        Converters = { new ReportTablesConverter() },
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    private static void DropBookkeeping(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.AttributeProvider is System.Reflection.MemberInfo m
                     && (Bookkeeping.Contains(m.Name) || Derived.Contains((type.Type, m.Name)))).ToArray())
        {
            type.Properties.Remove(property);
        }
    }

    /// <summary>A report's tables as its YAML has them: an object keyed by the template's table keys, in template order.</summary>
    private sealed class ReportTablesConverter : JsonConverter<ReportTables>
    {
        public override ReportTables Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("report.json is written, never read");

        public override void Write(Utf8JsonWriter writer, ReportTables value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var table in value.All)
            {
                writer.WritePropertyName(table.Info.Form.Id);
                JsonSerializer.Serialize(writer, table, table.GetType(), options);
            }

            writer.WriteEndObject();
        }
    }
}
