namespace Portal.Build.Pipeline;

/// <summary>
/// An unexpected exception, with what the stage was working on when it was thrown (<c>rule tree.sum, content/…/2023.yml</c>,
/// <c>page ceshi/2023/index.html</c>), so the one line a webmaster reads says where to look.
/// </summary>
public sealed class WorkFailedException(string subject, Exception inner) : Exception($"{subject}: {inner.Message}", inner)
{
    public string Subject { get; } = subject;
}
