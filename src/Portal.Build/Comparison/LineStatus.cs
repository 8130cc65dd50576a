namespace Portal.Build.Comparison;

/// <summary>Whether a table line is in both years' tables, only this year's (新增) or only last year's (上年有，本年无).</summary>
public enum LineStatus
{
    Both,
    Added,
    Removed,
}
