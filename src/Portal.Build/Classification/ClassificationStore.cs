using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Portal.Build.Classification;

/// <summary>
/// The classification pages' entries on disk between the model stage and rendering: a page lists every
/// department-year that prints its 科目, so holding them all in memory grows with the site (33 MB of live heap at 1,000 reports).
/// Each page's entries are one contiguous range of a temporary file, read back when the page, its CSV or its chart
/// is made. The file is in the temporary folder (<c>$TMPDIR</c>), never in the content or output folders; on Unix
/// its name is removed as soon as it is open, so nothing is left behind whatever happens to the build (the space
/// is freed when the handle closes); on Windows the system deletes it when the handle closes.
/// </summary>
internal sealed class ClassificationStore : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SafeFileHandle _file;

    // Encoding is single-threaded (the model stage); reading uses neither, so reads may run on any thread.
    private readonly MemoryStream _scratch = new();
    private readonly BinaryWriter _writer;

    private ClassificationStore(SafeFileHandle file)
    {
        _file = file;
        _writer = new BinaryWriter(_scratch, Utf8, leaveOpen: true);
    }

    public static ClassificationStore Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-classification-{Guid.NewGuid():N}.tmp");
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

        return new ClassificationStore(file);
    }

    /// <summary>
    /// The record of one entry, valid until the next call. A field equal to <paramref name="previous"/>'s (the entry
    /// before it in the same range) is a bit of the first byte, not written again, and is read back as the previous
    /// entry's string: a 科目's entries mostly share the table, the unit and the columns, and a page read back then
    /// costs little more than the strings that differ.
    /// </summary>
    public ReadOnlySpan<byte> Encode(ClassificationEntry entry, ClassificationEntry? previous)
    {
        _scratch.SetLength(0);
        var w = _writer;
        var same = Same(entry, previous);
        w.Write((byte)same);
        WriteUnless(same, Field.Department, entry.DepartmentName);
        w.Write7BitEncodedInt(entry.Year);
        WriteUnless(same, Field.ReportPath, entry.ReportPath);
        WriteUnless(same, Field.TableCode, entry.TableCode);
        WriteUnless(same, Field.TableTitle, entry.TableTitle);
        w.Write(entry.RowAnchor);
        w.Write(entry.Name);
        WriteUnless(same, Field.Unit, entry.Unit);
        w.Write7BitEncodedInt(entry.Amounts.Count);
        foreach (var amount in entry.Amounts)
        {
            if ((same & Field.Columns) == 0)
            {
                w.Write(amount.Column);
            }

            w.Write(amount.Amount.HasValue);
            if (amount.Amount is { } value)
            {
                // decimal's four ints, scale included: 800.10 reads back as 800.10, as the table prints it.
                w.Write(value);
            }
        }

        w.Flush();
        return _scratch.GetBuffer().AsSpan(0, (int)_scratch.Length);

        void WriteUnless(Field same, Field field, string value)
        {
            if ((same & field) == 0)
            {
                w.Write(value);
            }
        }
    }

    public void Write(long offset, ReadOnlySpan<byte> bytes) => RandomAccess.Write(_file, bytes, offset);

    /// <summary>The <paramref name="count"/> entries in <paramref name="length"/> bytes at <paramref name="offset"/>; safe on any thread.</summary>
    public IReadOnlyList<ClassificationEntry> Read(long offset, long length, int count)
    {
        // Read in pieces, not as one array of the whole range: a 科目 every department prints is megabytes at 10,000 reports.
        using var reader = new BinaryReader(new BufferedStream(new RangeStream(_file, offset, length), 1 << 16), Utf8);
        var entries = new ClassificationEntry[count];
        ClassificationEntry? previous = null;
        for (var i = 0; i < count; i++)
        {
            var same = (Field)reader.ReadByte();
            string Read(Field field, string? before) => (same & field) != 0 ? before! : reader.ReadString();
            var department = Read(Field.Department, previous?.DepartmentName);
            var year = reader.Read7BitEncodedInt();
            var reportPath = Read(Field.ReportPath, previous?.ReportPath);
            var tableCode = Read(Field.TableCode, previous?.TableCode);
            var tableTitle = Read(Field.TableTitle, previous?.TableTitle);
            var anchor = reader.ReadString();
            var name = reader.ReadString();
            var unit = Read(Field.Unit, previous?.Unit);
            var amounts = new ClassificationAmount[reader.Read7BitEncodedInt()];
            for (var a = 0; a < amounts.Length; a++)
            {
                var column = (same & Field.Columns) != 0 ? previous!.Amounts[a].Column : reader.ReadString();
                amounts[a] = new ClassificationAmount(column, reader.ReadBoolean() ? reader.ReadDecimal() : null);
            }

            entries[i] = previous = new ClassificationEntry(department, year, reportPath, tableCode, tableTitle, anchor, name, amounts, unit);
        }

        return reader.BaseStream.ReadByte() == -1 ? entries
            : throw new InvalidDataException("the classification entries' temporary file does not read back as written");
    }

    private static Field Same(ClassificationEntry entry, ClassificationEntry? previous)
    {
        if (previous is null)
        {
            return Field.None;
        }

        var same = Field.None;
        same |= entry.DepartmentName == previous.DepartmentName ? Field.Department : 0;
        same |= entry.ReportPath == previous.ReportPath ? Field.ReportPath : 0;
        same |= entry.TableCode == previous.TableCode ? Field.TableCode : 0;
        same |= entry.TableTitle == previous.TableTitle ? Field.TableTitle : 0;
        same |= entry.Unit == previous.Unit ? Field.Unit : 0;
        var columns = entry.Amounts.Count == previous.Amounts.Count;
        for (var a = 0; columns && a < entry.Amounts.Count; a++)
        {
            columns = entry.Amounts[a].Column == previous.Amounts[a].Column;
        }

        return same | (columns ? Field.Columns : 0);
    }

    /// <summary>The fields of a record that may be left out as equal to the previous record's.</summary>
    [Flags]
    private enum Field : byte
    {
        None = 0,
        Department = 1,
        ReportPath = 2,
        TableCode = 4,
        TableTitle = 8,
        Unit = 16,
        Columns = 32,
    }

    /// <summary>A range of the file read as a stream of its own: every read says where it reads, so streams on many threads share one handle.</summary>
    private sealed class RangeStream(SafeFileHandle file, long offset, long length) : Stream
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

            var read = RandomAccess.Read(file, buffer[..wanted], offset + _position);
            _position += read;
            return read > 0 ? read : throw new EndOfStreamException("the classification entries' temporary file is shorter than written");
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
