using Portal.Build.OpenData;

namespace Portal.Build.Modeling;

/// <summary>开放数据: every report's data files, the whole dataset as one archive and the Data Package.</summary>
public sealed record DataPage : PageModel
{
    public override string Template => "pages/Data";

    public required IReadOnlyList<DataReportEntry> Reports { get; init; }

    public string ArchivePath => OpenDataPaths.Archive;

    public string DataPackagePath => OpenDataPaths.DataPackage;

    /// <summary>The whole dataset as one zip, written before this page is rendered.</summary>
    public required GeneratedArchive Archive { get; init; }

    public long ArchiveBytes => Archive.Bytes;

    public string FiguresPath => OpenDataPaths.Figures;

    public string ChecksCsvPath => FindingCsv.OutputPath;

    public int TableCount => Reports.Sum(r => r.Tables.Count);
}
