using Portal.Core.Model.Templates;

namespace Portal.Build.Comparison;

/// <summary>A template table's lines beside the previous year's table of the same role.</summary>
public sealed record TableComparison(FormDefinition Form, string Column, IReadOnlyList<LineComparison> Lines);
