namespace Portal.Build.OpenData;

/// <summary>
/// One column of a downloadable table. <see cref="Classification"/>, <see cref="Direction"/> and
/// <see cref="Phase"/> are the Fiscal Data Package fields that say what a code or an amount is;
/// null where they do not fit.
/// </summary>
public sealed record DataColumn(string Name, DataColumnKind Kind)
{
    /// <summary>functional (功能分类) or economic (经济分类), for code columns.</summary>
    public string? Classification { get; init; }

    /// <summary>revenue or expenditure, for amount columns.</summary>
    public string? Direction { get; init; }

    /// <summary>executed (决算数) or approved (预算数), for amount columns.</summary>
    public string? Phase { get; init; }
}
