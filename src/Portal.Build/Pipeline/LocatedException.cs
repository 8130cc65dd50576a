using Portal.Core.Diagnostics;

namespace Portal.Build.Pipeline;

/// <summary>
/// A problem found deep inside a stage (a theme's language file, say) that already knows its file and line: the
/// pipeline reports <see cref="Diagnostic"/> as it is, not as an unexpected failure.
/// </summary>
public sealed class LocatedException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
