using Portal.Core.Model.Templates;

namespace Portal.Core.Model.Tables;

/// <summary>What every template table prints around its figures, and the form it follows.</summary>
public sealed record TableInfo
{
    public required FormDefinition Form { get; init; }

    public required string Title { get; init; }

    /// <summary>What a blank cell of this table means, by its template's convention.</summary>
    public BlankCell Blank { get; init; } = BlankCell.NotPublished;

    /// <summary>How this table's template prints 科目编码.</summary>
    public CodeLayout Codes { get; init; } = CodeLayout.Joined;

    /// <summary>
    /// The printed code cells of a row's 科目编码: the whole code, or under split codes its 类, 款 and 项 parts
    /// (<paramref name="parts"/> cells; a 类 row leaves 款 and 项 blank).
    /// </summary>
    public IReadOnlyList<string?> CodeCells(string? code, int parts)
    {
        if (Codes == CodeLayout.Joined)
        {
            return [code];
        }

        var cells = new string?[parts];
        for (var i = 0; i < parts; i++)
        {
            var start = i == 0 ? 0 : 1 + (2 * i);
            var length = i == 0 ? 3 : 2;
            cells[i] = code is not null && code.Length >= start + length ? code.Substring(start, length) : null;
        }

        return cells;
    }

    /// <summary>The number label as printed in this report (e.g. 表五), or null where none is printed.</summary>
    public string? Code { get; init; }

    public string? DepartmentRaw { get; init; }

    public string Unit { get; init; } = "万元";

    public int? SourceLine { get; init; }

    /// <summary>The source's own "本表无数据" statement, when it made one.</summary>
    public string? NoData { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How a message names this table: its printed number label, else its printed title.</summary>
    public string ShortName => Code ?? Title;
}
