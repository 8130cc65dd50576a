using Portal.Build.Modeling;
using Portal.Core.Diagnostics;

namespace Portal.Build.Render;

/// <summary>
/// Render stage: every page and file of the site model as bytes, yielded in the model's order as soon as each is
/// ready, so the write stage can stream a site of any size to disk instead of holding all of it in memory.
/// A renderer that hits an error reports it to <c>diagnostics</c> and stops yielding.
/// </summary>
public interface ISiteRenderer
{
    IEnumerable<OutputFile> Render(SiteModel site, DiagnosticBag diagnostics);
}
