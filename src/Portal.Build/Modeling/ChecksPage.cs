namespace Portal.Build.Modeling;

/// <summary>数据核对: every report's findings on one page, by department, year and rule.</summary>
public sealed record ChecksPage : PageModel
{
    public override string Template => "pages/Checks";

    public required IReadOnlyList<ReportPage> Reports { get; init; }

    public string JsonPath => Check.FindingJson.OutputPath;

    public int Count(string severity) => Reports.Sum(r => r.Findings.Count(f => f.Finding.SeverityName == severity));
}
