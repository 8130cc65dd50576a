using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;
using Portal.Build.Figures;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 财政拨款收支总计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款支出 + 财政拨款年末结转和结余: the
/// expenditure side of the 财政拨款收入支出决算总表, read from what the narrative states when the report prints no such
/// table (its own identity is the table rules' concern there). Needs every one of the five figures stated for this year.
/// </summary>
public sealed class ProseFiscalBalanceRule : ICheckRule
{
    public string Id => "prose.fiscal-balance";

    private static readonly (string Metric, string Scope)[] Spending = [("expenditure", "general_budget"), ("expenditure", "gov_fund"), ("expenditure", "state_capital")];

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var report = context.Report;
        if (ReportFigures.FromTable(report, "fiscal_grand_total") is not null)
        {
            yield break;
        }

        // The first statement of each figure of the report's own year (prose.figure holds the others to it).
        var first = new Dictionary<(string, string), (Claim Claim, Paragraph Paragraph)>();
        foreach (var paragraph in context.Paragraphs)
        {
            foreach (var claim in ClaimReader.Read(paragraph.Text, report.Year).Where(c => c.IsCurrentFinal && c.Unit is "万元"))
            {
                first.TryAdd((claim.Metric, claim.Scope), (claim, paragraph));
            }
        }

        if (!first.TryGetValue(("grand_total", "fiscal"), out var total) || !first.TryGetValue(("carry_over", "fiscal"), out var carry)
            || Spending.Any(s => !first.ContainsKey(s)))
        {
            yield break;
        }

        var spent = Spending.Select(s => first[s].Claim.Value).ToArray();
        var where = carry.Paragraph;
        yield return context.Compare(Id, where.Path, carry.Claim.Value, total.Claim.Value - spent.Sum(),
            $"{where.Place}所述“{carry.Claim.Label}”",
            $"按所述财政拨款收、支总计{Tolerance.Show(total.Claim.Value)}万元减一般公共预算、政府性基金预算、国有资本经营预算财政拨款支出（{string.Join("、", spent.Select(Tolerance.Show))}万元）",
            at: () => where.Location);
    }
}
