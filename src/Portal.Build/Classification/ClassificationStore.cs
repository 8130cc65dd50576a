using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Portal.Build.Classification;

/// <summary>
/// The classification pages' entries on disk between the model stage and rendering: a page lists every
/// department-year that prints its 科目, so holding them all in memory grows with the site (~130 KB a report).
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

    /// <summary>The record of one entry, valid until the next call.</summary>
    public ReadOnlySpan<byte> Encode(ClassificationEntry entry)
    {
        _scratch.SetLength(0);
        var w = _writer;
        w.Write(entry.DepartmentName);
        w.Write7BitEncodedInt(entry.Year);
        w.Write(entry.ReportPath);
        w.Write(entry.TableCode);
        w.Write(entry.TableTitle);
        w.Write(entry.RowAnchor);
        w.Write(entry.Name);
        w.Write(entry.Unit);
        w.Write7BitEncodedInt(entry.Amounts.Count);
        foreach (var amount in entry.Amounts)
        {
            w.Write(amount.Column);
            w.Write(amount.Amount.HasValue);
            if (amount.Amount is { } value)
            {
                // decimal's four ints, scale included: 800.10 reads back as 800.10, as the table prints it.
                w.Write(value);
            }
        }

        w.Flush();
        return _scratch.GetBuffer().AsSpan(0, (int)_scratch.Length);
    }

    public void Write(long offset, ReadOnlySpan<byte> bytes) => RandomAccess.Write(_file, bytes, offset);

    /// <summary>The <paramref name="count"/> entries in <paramref name="length"/> bytes at <paramref name="offset"/>; safe on any thread.</summary>
    public IReadOnlyList<ClassificationEntry> Read(long offset, int length, int count)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            for (var read = 0; read < length;)
            {
                var n = RandomAccess.Read(_file, bytes.AsSpan(read, length - read), offset + read);
                read += n > 0 ? n : throw new EndOfStreamException("the classification entries' temporary file is shorter than written");
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, length, writable: false), Utf8);
            var entries = new ClassificationEntry[count];
            for (var i = 0; i < count; i++)
            {
                var department = reader.ReadString();
                var year = reader.Read7BitEncodedInt();
                var reportPath = reader.ReadString();
                var tableCode = reader.ReadString();
                var tableTitle = reader.ReadString();
                var anchor = reader.ReadString();
                var name = reader.ReadString();
                var unit = reader.ReadString();
                var amounts = new ClassificationAmount[reader.Read7BitEncodedInt()];
                for (var a = 0; a < amounts.Length; a++)
                {
                    var column = reader.ReadString();
                    amounts[a] = new ClassificationAmount(column, reader.ReadBoolean() ? reader.ReadDecimal() : null);
                }

                entries[i] = new ClassificationEntry(department, year, reportPath, tableCode, tableTitle, anchor, name, amounts, unit);
            }

            return reader.BaseStream.Position == length ? entries
                : throw new InvalidDataException("the classification entries' temporary file does not read back as written");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
