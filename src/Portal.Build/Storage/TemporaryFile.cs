using Microsoft.Win32.SafeHandles;

namespace Portal.Build.Storage;

/// <summary>
/// A file in the temporary folder (<c>$TMPDIR</c>) that holds what a large site would otherwise keep in memory between
/// stages (classification entries, search postings), never in the content or output folders. On Unix its name is
/// removed as soon as it is open, so nothing is left behind whatever happens to the build (the space is freed when the
/// handle closes); on Windows the system deletes it when the handle closes. Reads and writes say where they go, so
/// readers on many threads share the one handle.
/// </summary>
internal sealed class TemporaryFile : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly string _purpose;

    private TemporaryFile(SafeFileHandle file, string purpose)
    {
        _file = file;
        _purpose = purpose;
    }

    /// <param name="name">Part of the file's name (<c>portal-&lt;name&gt;-…</c>), and what an error says the file held.</param>
    public static TemporaryFile Create(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-{name}-{Guid.NewGuid():N}.tmp");
        var windows = OperatingSystem.IsWindows();
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, windows ? FileOptions.DeleteOnClose : FileOptions.None);
        if (!windows)
        {
            try
            {
                File.Delete(path);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        return new TemporaryFile(file, name);
    }

    public void Write(long offset, ReadOnlySpan<byte> bytes) => RandomAccess.Write(_file, bytes, offset);

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/> as a stream of their own; safe on any thread.</summary>
    public Stream Read(long offset, long length) => new RangeStream(this, offset, length);

    public void Dispose() => _file.Dispose();

    private sealed class RangeStream(TemporaryFile owner, long offset, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var wanted = (int)Math.Min(buffer.Length, length - _position);
            if (wanted <= 0)
            {
                return 0;
            }

            var read = RandomAccess.Read(owner._file, buffer[..wanted], offset + _position);
            _position += read;
            return read > 0 ? read : throw new EndOfStreamException($"the temporary file of {owner._purpose} is shorter than written");
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
