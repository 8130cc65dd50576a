namespace Portal.Build.Storage;

/// <summary>
/// A <see cref="TemporaryFile"/> that pieces are appended to from any thread, each where no other goes, and read back
/// by where it went: what the build makes early and needs late, kept on disk instead of in memory in between.
/// </summary>
internal sealed class SpillFile(string name) : IDisposable
{
    private readonly TemporaryFile _file = TemporaryFile.Create(name);
    private long _length;

    /// <summary>Appends <paramref name="bytes"/>; returns where they start.</summary>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
        _file.Write(offset, bytes);
        return offset;
    }

    /// <summary>The <paramref name="length"/> bytes appended at <paramref name="offset"/>.</summary>
    public byte[] Read(long offset, int length)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        using var stream = _file.Read(offset, length);
        stream.ReadExactly(bytes);
        return bytes;
    }

    public void Dispose() => _file.Dispose();
}
