using System.Text;
using Portal.Build.Storage;

namespace Portal.Build.Classification;

/// <summary>
/// The classification pages' entries on disk between the model stage and rendering: a page lists every
/// department-year that prints its 科目, so holding them all in memory grows with the site (33 MB of live heap at 1,000 reports).
/// Each page's entries are one contiguous range of a <see cref="TemporaryFile"/>, read back when the page, its CSV or
/// its chart is made.
/// </summary>
internal sealed class ClassificationStore : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TemporaryFile _file;

    // Encoding is single-threaded (the model stage); reading uses neither, so reads may run on any thread.
    private readonly MemoryStream _scratch = new();
    private readonly BinaryWriter _writer;

    private ClassificationStore(TemporaryFile file)
    {
        _file = file;
        _writer = new BinaryWriter(_scratch, Utf8, leaveOpen: true);
    }

    public static ClassificationStore Create() => new(TemporaryFile.Create("classification"));

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

    public void Write(long offset, ReadOnlySpan<byte> bytes) => _file.Write(offset, bytes);

    /// <summary>The <paramref name="count"/> entries in <paramref name="length"/> bytes at <paramref name="offset"/>; safe on any thread.</summary>
    public IReadOnlyList<ClassificationEntry> Read(long offset, long length, int count)
    {
        // Read in pieces, not as one array of the whole range: a 科目 every department prints is megabytes at 10,000 reports.
        using var reader = new BinaryReader(new BufferedStream(_file.Read(offset, length), 1 << 16), Utf8);
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

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
