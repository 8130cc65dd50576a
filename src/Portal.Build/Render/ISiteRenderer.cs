using Portal.Build.Modeling;
using Portal.Core.Diagnostics;

namespace Portal.Build.Render;

/// <summary>Render stage: every page and file of the site model as bytes, in the model's order.</summary>
public interface ISiteRenderer
{
    IReadOnlyList<OutputFile> Render(SiteModel site, DiagnosticBag diagnostics);
}
