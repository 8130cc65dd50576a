using System.Globalization;
using System.Text;

namespace Portal.Build.Render;

/// <summary>
/// Where Razor writes a page: its characters come out as UTF-8 as they are written, with the encoder's harmless
/// numeric references turned back into characters exactly as <see cref="CharacterReferences.Unescape"/> does, into
/// blocks small enough for the small-object heap; <see cref="ToArray"/> gives the page's bytes. It replaces rendering
/// to a string, unescaping to a second string and encoding that: two UTF-16 copies of every page (twice its bytes
/// each), which for the pages that grow with the site (15 MB at 10,000 reports) sat on the large-object heap until
/// a full collection.
/// </summary>
internal sealed class PageWriter : TextWriter
{
    private const int BlockSize = 32 * 1024;

    /// <summary>"&amp;#x" and six hex digits: the longest reference the encoder writes, without its ';'.</summary>
    private const int LongestReference = 9;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<(byte[] Block, int Used)> _full = [];
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly char[] _reference = new char[LongestReference + 1];
    private byte[] _block = new byte[BlockSize];
    private int _used;
    private int _referenceLength;

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    // Razor's buffered writer writes asynchronously. TextWriter's default WriteAsync queues a task on the thread pool
    // for every write (a Task, its state and the awaiting state machine: 8.5 GB at 1,000 reports); the work is a
    // copy into memory, so it is done at once, as StringWriter does.
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    public override void Write(ReadOnlySpan<char> text)
    {
        // text[literal..i] is plain text not yet encoded; a reference being read waits in _reference, across writes.
        var literal = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (_referenceLength == 0)
            {
                // Most of a page is plain text: jump to the next '&' (a vectorised search, as the regex made).
                var amp = text[i..].IndexOf('&');
                if (amp < 0)
                {
                    break;
                }

                i += amp;
                Encode(text[literal..i]);
                _reference[_referenceLength++] = '&';
                literal = ++i;
                continue;
            }

            var c = text[i];
            if (Continues(c))
            {
                _reference[_referenceLength++] = c;
                literal = ++i;
                if (c == ';')
                {
                    Resolve();
                }

                continue;
            }

            // Not a reference after all: what was read of it is text, and c is read afresh (it may open one).
            Encode(_reference.AsSpan(0, _referenceLength));
            _referenceLength = 0;
            literal = i;
        }

        Encode(text[literal..]);
    }

    /// <summary>The page's bytes: everything written, a reference left unfinished at the end kept as text.</summary>
    public byte[] ToArray()
    {
        Encode(_reference.AsSpan(0, _referenceLength));
        _referenceLength = 0;
        Encode([], flush: true);
        var bytes = new byte[_full.Sum(b => b.Used) + _used];
        var at = 0;
        foreach (var (block, used) in _full.Append((_block, _used)))
        {
            block.AsSpan(0, used).CopyTo(bytes.AsSpan(at));
            at += used;
        }

        return bytes;
    }

    /// <summary>Whether <paramref name="c"/> continues the reference read so far, as <c>&amp;#x([0-9A-Fa-f]{1,6});</c> does.</summary>
    private bool Continues(char c)
    {
        var digits = _referenceLength - 3;
        return _referenceLength switch
        {
            1 => c == '#',
            2 => c == 'x',
            _ => (char.IsAsciiHexDigit(c) && digits < 6) || (c == ';' && digits > 0),
        };
    }

    private void Resolve()
    {
        var digits = _reference.AsSpan(3, _referenceLength - 4);
        var code = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (CharacterReferences.Keeps(code))
        {
            Encode(_reference.AsSpan(0, _referenceLength));
        }
        else
        {
            Span<char> character = stackalloc char[2];
            Encode(character[..new Rune(code).EncodeToUtf16(character)]);
        }

        _referenceLength = 0;
    }

    private void Encode(ReadOnlySpan<char> chars, bool flush = false)
    {
        do
        {
            // Four bytes free, so the encoder always has room for one more character.
            if (BlockSize - _used < 4)
            {
                _full.Add((_block, _used));
                _block = new byte[BlockSize];
                _used = 0;
            }

            _encoder.Convert(chars, _block.AsSpan(_used), flush, out var charsUsed, out var bytesUsed, out _);
            _used += bytesUsed;
            chars = chars[charsUsed..];
        }
        while (!chars.IsEmpty);
    }
}
