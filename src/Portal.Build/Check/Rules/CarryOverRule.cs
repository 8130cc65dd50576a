using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;
using Portal.Core.Model;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 年初结转和结余 (Y) = 年末结转和结余 (Y−1), from the 收入支出决算总表 where both years have it, else from what each year's
/// narrative states.
/// </summary>
public sealed partial class CarryOverRule : ICheckRule
{
    public string Id => "year.carry-over";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Previous is not { } previous)
        {
            yield break;
        }

        var (opening, path, at) = Opening(context.Prose);
        yield return context.Compare(Id, path ?? "title", opening, Closing(context.PreviousProse!),
            $"{context.Report.Year}年年初结转和结余", $"按{previous.Year}年度报告的年末结转和结余", at: at);
    }

    private static (decimal? Value, string? Path, Func<Portal.Core.Diagnostics.SourceLocation>? At) Opening(ReportProse prose)
    {
        var report = prose.Report;
        if (report.Tables.Summary is { } summary)
        {
            var income = TwoSidedLayout.Income(summary);
            var line = income.Find("年初结转和结余");
            return (income.Amount(line, 0), line < 0 ? null : income.Path(line, 0), null);
        }

        foreach (var paragraph in prose.Paragraphs)
        {
            if (OpeningPattern().Match(paragraph.Text) is { Success: true } m)
            {
                return (Amounts.Parse(m.Groups[1].Value), paragraph.Path, () => paragraph.Location);
            }
        }

        return (null, null, null);
    }

    private static decimal? Closing(ReportProse prose)
    {
        var report = prose.Report;
        if (report.Tables.Summary is { } summary)
        {
            var spend = TwoSidedLayout.Expenditure(summary);
            return spend.Amount(spend.Find("年末结转和结余"), 0);
        }

        return prose.Paragraphs.Select(p => ClosingPattern().Match(p.Text)).Where(m => m.Success).Select(m => (decimal?)Amounts.Parse(m.Groups[1].Value)).FirstOrDefault();
    }

    [GeneratedRegex(@"年初结转(?:和)?结余(?:为|是)?\s*(" + Amounts.Number + @")\s*万元")]
    private static partial Regex OpeningPattern();

    [GeneratedRegex(@"年末结转(?:和)?结余(?:为|是)?\s*(" + Amounts.Number + @")\s*万元")]
    private static partial Regex ClosingPattern();
}
