using Portal.Build.Modeling;

namespace Portal.Build.Classification;

/// <summary>
/// <c>classification/function/2010301/</c> or <c>classification/economic/30201/</c>: one 科目编码 and every
/// department-year amount printed for it, <see cref="Pagination.DefaultSize"/> departments a page
/// (<c>classification/function/201/2/</c> …): a page of every department was 1.7 MB at 1,000 reports.
/// </summary>
public sealed record ClassificationPage : PageModel
{
    public override string Template => "pages/Classification";

    /// <summary><see cref="ClassificationPaths.Function"/> (功能分类) or <see cref="ClassificationPaths.Economic"/> (经济分类).</summary>
    public required string Kind { get; init; }

    public required string Code { get; init; }

    /// <summary>The 科目名称 as the newest report prints it.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Every department-year printing this 科目, read back from the build's temporary file each time this is read
    /// (so a template reads it once): the entries of every page held at once would grow with the site.
    /// </summary>
    public IReadOnlyList<ClassificationEntry> Entries => ReadEntries();

    /// <summary>Where <see cref="Entries"/> come from (<see cref="ClassificationStore.Read"/>); safe on any render thread.</summary>
    internal Func<IReadOnlyList<ClassificationEntry>> ReadEntries { private get; init; } = () => [];

    /// <summary>The nearest coarser 科目 printed anywhere (2010301 → 20103 → 201); null for a 类 or when none is printed.</summary>
    public ClassificationLink? Parent { get; init; }

    /// <summary>The 科目 printed one level finer (20103 → 2010301, 2010302 …), in code order.</summary>
    public IReadOnlyList<ClassificationLink> Children { get; init; } = [];

    /// <summary>
    /// The amounts over the years, one line per department; null when every entry is of one year. Made from
    /// <see cref="Entries"/> each time it is read, as the page renders (a template reads it once).
    /// </summary>
    public Charts.ChartView? History => HistoryOf(Entries);

    /// <summary><see cref="History"/> drawn from entries already read, so a template reads <see cref="Entries"/> once.</summary>
    public Charts.ChartView? HistoryOf(IReadOnlyList<ClassificationEntry> entries) => ClassificationPagesBuilder.History(Code, entries, Site.Strings);

    /// <summary>The 科目's amounts, of every page, as a long CSV beside its first page (<see cref="ClassificationPaths.CsvFile"/>).</summary>
    public string CsvPath => ClassificationPaths.Of(Kind, Code) + ClassificationPaths.CsvFile;
}

/// <summary>A link to the page of another 科目: its code, name and page.</summary>
public sealed record ClassificationLink(string Code, string Name, string Path);
