using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>What the free-form table partial receives.</summary>
public sealed record GenericTableContext(ReportPage? Page, string? Anchor, GenericTable Table);
