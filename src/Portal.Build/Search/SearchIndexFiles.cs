using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Build.Search;

/// <summary>
/// The index's file names and encoding. Every index file is gzip-compressed JSON with a neutral
/// extension (.bin), so that no web server re-labels it; search.js inflates it with DecompressionStream.
/// </summary>
public static class SearchIndexFiles
{
    public const string Folder = "search/";

    public const string PagesFile = Folder + "pages.bin";

    public static string Shard(int shard) => $"{Folder}k/{shard}.bin";

    public static string Chunk(int page, int chunk) => $"{Folder}t/{page}-{chunk}.bin";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var json = new Utf8JsonWriter(gzip, Options))
        {
            write(json);
        }

        return buffer.ToArray();
    }
}
