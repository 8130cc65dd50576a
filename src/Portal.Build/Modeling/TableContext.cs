using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>What a table partial receives: the page (for links), the official form, and the table.</summary>
public sealed record TableContext<T>(ReportPage Page, StandardTableSpec Spec, T Table);
