using Portal.Build.Modeling;

namespace Portal.Build.Comparison;

/// <summary><c>compare/</c>: every metric that can be compared, each linking to its table and CSV.</summary>
public sealed record CompareIndexPage : PageModel
{
    public override string Template => "pages/CompareIndex";

    public required IReadOnlyList<CompareLink> Figures { get; init; }

    public required IReadOnlyList<CompareLink> FunctionClasses { get; init; }
}
