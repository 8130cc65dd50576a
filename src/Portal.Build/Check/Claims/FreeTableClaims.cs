using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Claims;

/// <summary>
/// Reads the rows of a free-form table (基础数据表, 其他表格) that print a figure of the 公开 tables as claims: a row
/// labelled as in the lexicon's <c>table_rows</c> (“项目支出：”, “3、公务接待”), in a column whose header names a year
/// and a phase (“2023年决算数”), in a table or block whose header says 万元 or 元.
/// </summary>
public static partial class FreeTableClaims
{
    private static readonly Lexicon Words = Lexicon.Shipped;

    /// <summary>Each claim with the row and column of its cell and the column's header (“2023年决算数”).</summary>
    public static IEnumerable<(Claim Claim, int Row, int Column, string ColumnName)> Read(GenericTable table, int year)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var label = Label(row);
            if (label is null || !Words.TableRows.TryGetValue(label, out var key))
            {
                continue;
            }

            var header = HeaderOver(table, r);
            var unit = UnitOf(table, header);
            for (var c = 1; c < row.Count; c++)
            {
                if (row[c].Number is not { } printed || unit is null || header is null || c >= header.Count || header[c].Text is not { } name
                    || Column(name, year) is not var (phase, when))
                {
                    continue;
                }

                var wan = printed * Words.Units.First(u => u.Word == unit).Wan;
                yield return (new Claim(key, "all", phase, when, wan, printed, unit, $"{label}（{name}）", r)
                {
                    Label = label,
                    // A 决算 column prints the row's figure; a 预算数 or 全年预算 column its budget, where a 公开 table prints one.
                    FigureKey = phase switch
                    {
                        ClaimPhase.Final => key,
                        ClaimPhase.Budget or ClaimPhase.FullBudget => Words.TableRowBudgets.GetValueOrDefault(label),
                        _ => null,
                    },
                    Owner = ClaimOwner.Department,
                }, r, c, name);
            }
        }
    }

    /// <summary>The row's label as the lexicon writes it: without “1、”, “（1）”, “其中：”, a closing colon or spaces.</summary>
    private static string? Label(IReadOnlyList<TableCell> row) =>
        row.Count > 1 && row[0].Text is { } text ? Dressing().Replace(text.Trim(), string.Empty).Trim() : null;

    /// <summary>The header over a row: the nearest row above whose cells are all words (a block's own header), else the table's last header row.</summary>
    public static IReadOnlyList<TableCell>? HeaderOver(GenericTable table, int row) =>
        Enumerable.Range(0, row).Reverse().Select(r => table.Rows[r]).FirstOrDefault(IsHeader) ?? table.Header.LastOrDefault();

    /// <summary>A row of words only: a block's own header inside a free-form table.</summary>
    public static bool IsHeader(IReadOnlyList<TableCell> row) => row.Count > 1 && row.All(c => c.Number is null && c.Text is not null);

    private static string? UnitOf(GenericTable table, IReadOnlyList<TableCell>? header)
    {
        var words = string.Concat(header?.Select(c => c.Text) ?? []) + table.Unit;
        return words.Contains("万元", StringComparison.Ordinal) ? "万元" : words.Contains("（元）", StringComparison.Ordinal) || table.Unit == "元" ? "元" : null;
    }

    /// <summary>The phase and year a column's header names (“2023年决算数”); null when it names no year or no phase.</summary>
    private static (ClaimPhase, ClaimYear)? Column(string header, int year)
    {
        var said = YearWord().Match(header);
        var phase = Words.Phases.SelectMany(p => p.Words.Select(w => (p.Id, Word: w))).Where(p => header.Contains(p.Word, StringComparison.Ordinal)).OrderByDescending(p => p.Word.Length).FirstOrDefault();
        if (!said.Success || phase.Word is null)
        {
            return null;
        }

        var when = int.Parse(said.Groups[1].Value, CultureInfo.InvariantCulture);
        return (phase.Id, when == year ? ClaimYear.Current : when == year - 1 ? ClaimYear.Previous : ClaimYear.Other);
    }

    [GeneratedRegex(@"^(?:\d{1,2}\s*[、.．]|[（(]\d{1,2}[)）]|其中\s*[：:])\s*|\s*[：:]$")]
    private static partial Regex Dressing();

    [GeneratedRegex(@"(?<!\d)(\d{4})\s*年")]
    private static partial Regex YearWord();
}
