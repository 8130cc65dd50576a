using Portal.Build.Modeling;
using Portal.Build.Storage;
using Portal.Core.Model;

namespace Portal.Build.OpenData;

/// <summary>
/// One report's open data: its files (each table as CSV and JSON, the whole report as JSON) and its rows of
/// <c>figures.csv</c>, made together from one flattening of its tables, once. The data archive is written after the
/// department pages, and a report is let go once its department's pages are built; so the department makes its reports'
/// data as it builds its pages (<see cref="Make"/>) and the bytes wait in a temporary file until the archive reads them
/// (issue 17: the archive, written first, held every report of the site at once).
/// </summary>
internal sealed class ReportData
{
    private readonly SpillFile _spill;
    private readonly object _gate = new();
    private Func<(IReadOnlyList<(string Path, byte[] Content)> Files, byte[] FigureRows)>? _make;
    private (long Offset, int FilesLength, int RowsLength) _spilled;

    public ReportData(SpillFile spill, Department department, Report report, Headline headline)
    {
        _spill = spill;
        Folder = OpenDataPaths.ReportFolder(department.Slug, report.Year);
        _make = () =>
        {
            var origin = new TableOrigin(department.Name, report.Year, report.Unit, report.Source.Title);
            var tables = StandardTableData.From(report);
            return (OpenDataBuilder.ReportFiles(department, report, headline, origin, tables), CsvFormat.Rows(FiguresCsv.Rows(department.Slug, origin, tables, report.StatedFigures)));
        };
    }

    /// <summary>The report's data folder: the key of its files among the archive's members.</summary>
    public string Folder { get; }

    /// <summary>Makes the report's data and puts it aside, letting go of the report; later calls do nothing.</summary>
    public void Make()
    {
        lock (_gate)
        {
            if (_make is null)
            {
                return;
            }

            var (files, rows) = _make();
            using var block = new MemoryStream();
            using (var writer = new BinaryWriter(block, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(files.Count);
                foreach (var (path, content) in files)
                {
                    writer.Write(path);
                    writer.Write(content.Length);
                    writer.Write(content);
                }
            }

            var filesLength = checked((int)block.Length);
            block.Write(rows);
            _spilled = (_spill.Append(block.GetBuffer().AsSpan(0, checked((int)block.Length))), filesLength, rows.Length);
            _make = null;
        }
    }

    /// <summary>The report's data files, sorted by path (made now if its department has not made them).</summary>
    public IReadOnlyList<(string Path, byte[] Content)> Files()
    {
        Make();
        using var reader = new BinaryReader(new MemoryStream(_spill.Read(_spilled.Offset, _spilled.FilesLength)), System.Text.Encoding.UTF8);
        var files = new (string Path, byte[] Content)[reader.ReadInt32()];
        for (var i = 0; i < files.Length; i++)
        {
            var path = reader.ReadString();
            files[i] = (path, reader.ReadBytes(reader.ReadInt32()));
        }

        return files;
    }

    /// <summary>The report's rows of <c>figures.csv</c>, as CSV (made now if its department has not made them).</summary>
    public byte[] FigureRows()
    {
        Make();
        return _spill.Read(_spilled.Offset + _spilled.FilesLength, _spilled.RowsLength);
    }
}
