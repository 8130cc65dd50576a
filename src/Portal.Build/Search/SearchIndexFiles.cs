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

    /// <summary>
    /// Writes the JSON uncompressed, then gives the gzip of it that <paramref name="compressed"/> kept when the JSON
    /// is the same as the last time <paramref name="path"/> was written (<c>portal serve</c>: an edit leaves most
    /// shards as they were, and compressing is most of what writing one costs).
    /// </summary>
    public static byte[] Write(string path, CompressedIndexFiles compressed, Action<Utf8JsonWriter> write)
    {
        var raw = new MemoryStream();
        using (var json = new Utf8JsonWriter(raw, Options))
        {
            write(json);
        }

        var bytes = raw.ToArray();
        if (compressed.TryGet(path, bytes, out var known))
        {
            return known!;
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            // As the writer over the gzip stream below writes it: all at once, then flushed.
            gzip.Write(bytes);
            gzip.Flush();
        }

        var result = buffer.ToArray();
        compressed.Remember(path, bytes, result);
        return result;
    }

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
