using Portal.Core.Model.Templates;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>What a table partial receives: the page (for links), the form the table follows, and the table.</summary>
public sealed record TableContext<T>(ReportPage Page, FormDefinition Form, T Table);
