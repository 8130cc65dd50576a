namespace Portal.Build.Comparison;

/// <summary>
/// One department-year of a compare table: the value (null when that report does not publish it), the
/// report's link, and the per-staff figure where the report states its 实有人数.
/// </summary>
public sealed record CompareCell(int Year, string? ReportPath, MetricValue? Value, decimal? Staff)
{
    /// <summary>万元 per person of 实有人数, to two decimals.</summary>
    public decimal? PerStaff => Value is not null && Staff is > 0m ? Math.Round(Value.Value / Staff.Value, 2, MidpointRounding.AwayFromZero) : null;
}
