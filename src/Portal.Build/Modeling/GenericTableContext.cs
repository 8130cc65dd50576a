using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>What the free-form table partial receives; with <see cref="FieldPath"/> (<see cref="FreeTablePaths"/>), its flagged cells are marked.</summary>
public sealed record GenericTableContext(ReportPage? Page, string? Anchor, GenericTable Table, string? FieldPath = null);
