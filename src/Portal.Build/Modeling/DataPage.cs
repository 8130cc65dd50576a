using Portal.Build.OpenData;

namespace Portal.Build.Modeling;

/// <summary>
/// 开放数据: the whole dataset as one archive and the Data Package, and every report's data files, a page of
/// <see cref="Pagination.DefaultSize"/> reports at a time (<c>data/</c>, <c>data/2/</c> …): one page listing every
/// report was 2.8 MB at 1,000 reports.
/// </summary>
public sealed record DataPage : PageModel
{
    public override string Template => "pages/Data";

    /// <summary>The reports listed on this page.</summary>
    public required IReadOnlyList<DataReportEntry> Reports { get; init; }

    /// <summary>Reports in the archive: on every page, all of them.</summary>
    public required int ReportCount { get; init; }

    /// <summary>Tables in the archive, of every report.</summary>
    public required int TableCount { get; init; }

    public string ArchivePath => OpenDataPaths.Archive;

    public string DataPackagePath => OpenDataPaths.DataPackage;

    /// <summary>The whole dataset as one zip, written before this page is rendered.</summary>
    public required GeneratedArchive Archive { get; init; }

    public long ArchiveBytes => Archive.Bytes;

    public string FiguresPath => OpenDataPaths.Figures;

    public string ChecksCsvPath => FindingCsv.OutputPath;
}
