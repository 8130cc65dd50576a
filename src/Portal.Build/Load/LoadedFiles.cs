using Portal.Build.Incremental;

namespace Portal.Build.Load;

/// <summary>
/// What <c>portal serve</c> remembers of each content file between rebuilds: the file's text and what reading it gave.
/// A file whose text is unchanged is not parsed again, and keeps its <see cref="Portal.Core.Diagnostics.SourceMap"/>
/// (so a finding's location is not looked up by parsing it again either). Only files that read without a diagnostic
/// are kept (<see cref="ContentLoader"/> decides), so every rebuild reports every problem.
/// </summary>
public sealed class LoadedFiles : ContentCache<string, object>
{
    protected override bool Same(string known, string content) => string.Equals(known, content, StringComparison.Ordinal);
}
