using Portal.Build.Modeling;

namespace Portal.Build.Classification;

/// <summary><c>classification/</c>: every 功能分类 and 经济分类 code printed in any table.</summary>
public sealed record ClassificationIndexPage : PageModel
{
    public override string Template => "pages/ClassificationIndex";

    public required IReadOnlyList<ClassificationPage> Functions { get; init; }

    public required IReadOnlyList<ClassificationPage> Economics { get; init; }
}
