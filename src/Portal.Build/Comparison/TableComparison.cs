using Portal.Core.Model.Tables;

namespace Portal.Build.Comparison;

/// <summary>A 公开 table's lines beside the previous year's same table.</summary>
public sealed record TableComparison(StandardTableSpec Spec, string Column, IReadOnlyList<LineComparison> Lines);
