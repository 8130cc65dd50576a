namespace Portal.Build.OpenData;

/// <summary>Where the data files of the site live (site-relative).</summary>
public static class OpenDataPaths
{
    public const string DataPage = "data/";

    /// <summary>At the site root, so every resource path inside it is relative without "..".</summary>
    public const string DataPackage = "datapackage.json";

    public const string Archive = "data/portal-data.zip";

    /// <summary>Every figure of the site in one tidy CSV (<see cref="FiguresCsv"/>).</summary>
    public const string Figures = "data/figures.csv";

    public static string ReportFolder(string slug, int year) => $"{slug}/{year}/data/";

    public static string Table(string slug, int year, string tableId, string extension) => $"{ReportFolder(slug, year)}{tableId}.{extension}";

    public static string ReportJson(string slug, int year) => ReportFolder(slug, year) + "report.json";
}
