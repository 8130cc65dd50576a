using Portal.Build.OpenData;

namespace Portal.Build.Modeling;

/// <summary>开放数据: every report's data files, the whole dataset as one archive and the Data Package.</summary>
public sealed record DataPage : PageModel
{
    public override string Template => "pages/Data";

    public required IReadOnlyList<DataReportEntry> Reports { get; init; }

    public string ArchivePath => OpenDataPaths.Archive;

    public string DataPackagePath => OpenDataPaths.DataPackage;

    public string FiguresPath => OpenDataPaths.Figures;

    public string ChecksCsvPath => Check.FindingCsv.OutputPath;

    public required long ArchiveBytes { get; init; }

    public int TableCount => Reports.Sum(r => r.Tables.Count);
}
