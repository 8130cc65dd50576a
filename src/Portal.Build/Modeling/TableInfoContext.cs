using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>What the table heading partial receives.</summary>
public sealed record TableInfoContext(ReportPage Page, TableInfo Info);
