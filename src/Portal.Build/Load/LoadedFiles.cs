using Portal.Build.Incremental;

using Portal.Build.Load.Templates;

namespace Portal.Build.Load;

/// <summary>
/// What <c>portal serve</c> remembers of each content file between rebuilds: the file's text and what reading it gave.
/// A file whose text is unchanged is not parsed again, and keeps its <see cref="Portal.Core.Diagnostics.SourceMap"/>
/// (so a finding's location is not looked up by parsing it again either). Only files that read without a diagnostic
/// are kept (<see cref="ContentLoader"/> decides), so every rebuild reports every problem.
/// </summary>
public sealed class LoadedFiles : ContentCache<string, object>
{
    private TemplateCatalog? _templates;

    /// <summary>
    /// A report read under other table templates reads differently: when the site's templates are not the ones the
    /// kept reports were read with, forget them all.
    /// </summary>
    public void UseTemplates(TemplateCatalog templates)
    {
        if (_templates is not null && !_templates.SameAs(templates))
        {
            Clear();
        }

        _templates = templates;
    }

    protected override bool Same(string known, string content) => string.Equals(known, content, StringComparison.Ordinal);
}
