using System.Text.RegularExpressions;

namespace Portal.Core.Model.Tables;

/// <summary>A row of the 收入/支出 sides of a two-sided table: 行次 (null where not printed), 项目, then the amounts.</summary>
public sealed partial record LineRow(int? Line, string? Item, IReadOnlyList<decimal?> Amounts)
{
    /// <summary>
    /// The printed item as Portal matches it: without white space (half- or full-width) and without its “一、” numbering,
    /// so “  十一、城乡社区支出 ” and “城乡社区支出” are the same line. The one normaliser of line labels.
    /// </summary>
    public string Label => LabelOf(Item);

    /// <inheritdoc cref="Label"/>
    public static string LabelOf(string? item) =>
        item is null ? string.Empty : Numbering().Replace(new string(item.Where(c => !char.IsWhiteSpace(c)).ToArray()), string.Empty);

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex Numbering();
}
