using Portal.Build.Modeling;

namespace Portal.Build.Classification;

/// <summary>
/// <c>classification/function/2010301/</c> or <c>classification/economic/30201/</c>: one 科目编码 and every
/// department-year amount printed for it.
/// </summary>
public sealed record ClassificationPage : PageModel
{
    public override string Template => "pages/Classification";

    /// <summary><see cref="ClassificationPaths.Function"/> (功能分类) or <see cref="ClassificationPaths.Economic"/> (经济分类).</summary>
    public required string Kind { get; init; }

    public required string Code { get; init; }

    /// <summary>The 科目名称 as the newest report prints it.</summary>
    public required string Name { get; init; }

    public required IReadOnlyList<ClassificationEntry> Entries { get; init; }
}
