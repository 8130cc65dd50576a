using System.Buffers;
using System.Globalization;
using System.Text;
using Portal.Build.Load.Yaml;
using Portal.Core.Diagnostics;

namespace Portal.Build.Load;

/// <summary>
/// Reads a text file of the site (YAML, a source document, a Markdown body) as UTF-8, refusing what is not: a
/// lenient read would turn a GBK file into U+FFFD and publish the garbage. Files past
/// <see cref="YamlLimits.MaxFileBytes"/> are refused before they are read.
/// </summary>
public static class ContentText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Editors on Windows write one; it is not part of the text (and File.ReadAllText drops it too).
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The file's text without a byte order mark, or null after reporting why it cannot be read.</summary>
    public static string? Read(string file, string display, BuildStage stage, DiagnosticBag diagnostics)
    {
        var length = new FileInfo(file).Length;
        if (length > YamlLimits.MaxFileBytes)
        {
            diagnostics.Error(stage, new SourceLocation(display, 1, 1), null, string.Create(
                CultureInfo.InvariantCulture,
                $"the file is {length:N0} bytes; a content file may be at most {YamlLimits.MaxFileBytes:N0} bytes ({YamlLimits.MaxFileBytes / (1024 * 1024)} MB)"));
            return null;
        }

        var bytes = File.ReadAllBytes(file);
        var body = bytes.AsSpan().StartsWith(ByteOrderMark) ? bytes.AsSpan(ByteOrderMark.Length) : bytes.AsSpan();
        if (FirstInvalid(body) is { } bad)
        {
            diagnostics.Error(stage, new SourceLocation(display, bad.Line, bad.Column), null, string.Create(
                CultureInfo.InvariantCulture,
                $"line {bad.Line} is not UTF-8 text (byte 0x{bad.Byte:X2}): save the file as UTF-8; a file saved as GBK or GB2312 must be converted first (e.g. iconv -f GBK -t UTF-8)"));
            return null;
        }

        return Strict.GetString(body);
    }

    /// <summary>Line and column (in characters, as editors count them) of the first byte that is not UTF-8.</summary>
    private static (int Line, int Column, byte Byte)? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != OperationStatus.Done)
            {
                return (line, column, bytes[0]);
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + rune.Utf16SequenceLength);
            bytes = bytes[consumed..];
        }

        return null;
    }
}
