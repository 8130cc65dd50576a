using Portal.Build.Check.Prose;
using Portal.Build.Check.Claims;
using Portal.Build.Figures;

namespace Portal.Build.Check.Rules;

/// <summary>
/// The 总计 of a 决算 stated in separate sentences, where no table prints it (a report of text only):
/// 支出总计 = 收入总计 (the 总表 balances). Where a table prints the 总计, the table rules and prose.figure check it;
/// 财政拨款收支总计 = 财政拨款支出 + 年末财政拨款结转和结余 is prose.fiscal-balance's.
/// </summary>
public sealed class ProseTotalsRule : ICheckRule
{
    public string Id => "prose.totals";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var report = context.Report;
        var claims = ScopeFigures.Claims(context.Prose);

        // 支出总计 and 收入总计 (or 收、支总计), each scope: the first statement of 支出总计 (prose.figure compares the later ones with it).
        foreach (var scope in claims.Where(c => c.Claim.Metric == "expenditure_grand_total").Select(c => c.Claim.Scope).Distinct())
        {
            var (spend, paragraph) = ScopeFigures.First(claims, "expenditure_grand_total", scope)!.Value;
            if (spend.FigureKey is { } key && ReportFigures.FromTable(report, key) is not null || ScopeFigures.First(claims, "grand_total", scope) is not { } income)
            {
                continue;
            }

            var finding = context.Compare(Id, paragraph.Path, spend.Value, income.Claim.Value, $"{paragraph.Place}所述“{spend.Label}”",
                $"支出总计应与收入总计相等，本报告{income.Paragraph.Place}所述收入总计（“{income.Claim.Label}”）", at: () => paragraph.Location);
            yield return finding is not null && ScopeFigures.SameValueAs(claims, spend) is { } other
                ? finding with { Message = finding.Message.TrimEnd('。') + $"；所述{Tolerance.Show(spend.Value)}万元正是本报告的“{other}”（{other}加年末结转和结余才是支出总计）。" }
                : finding;
        }
    }
}
