using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Portal.Build.OpenData;

/// <summary>
/// JSON settings for every data file: snake_case names, indented, Chinese written as characters rather
/// than <c>\uXXXX</c>, exact decimals, and the loader's bookkeeping (file paths, source maps) left out.
/// </summary>
public static class OpenDataJson
{
    // Draft too: a published report is never a draft, and portal serve's preview of one need not say it in its data.
    private static readonly HashSet<string> Bookkeeping = ["FilePath", "SourceMap", "Draft"];

    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropBookkeeping } },
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    private static void DropBookkeeping(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.AttributeProvider is System.Reflection.MemberInfo m && Bookkeeping.Contains(m.Name)).ToArray())
        {
            type.Properties.Remove(property);
        }
    }
}
