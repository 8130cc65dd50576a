using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;
using Portal.Build.Figures;

namespace Portal.Build.Check.Rules;

/// <summary>
/// Every figure the narrative states (the claim reader's claims: metric, 口径, phase, year) agrees with the
/// report: a 决算 figure of its own year with the tables, else its stated figures; any claim with the first
/// statement of the same metric, 口径, phase and year elsewhere in the report (正文, 附件, 绩效 report).
/// </summary>
public sealed class ProseFigureRule : ICheckRule
{
    public string Id => "prose.figure";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var report = context.Report;
        var first = new Dictionary<(string, string, ClaimPhase, ClaimYear), (Claim Claim, Paragraph Paragraph)>();
        foreach (var paragraph in context.Paragraphs)
        {
            foreach (var claim in ClaimReader.Read(paragraph.Text, report.Year))
            {
                // Unplaced claims and figures in 元 (units.yuan's concern) or without a unit are not compared.
                if (claim.Phase == ClaimPhase.Unclear || claim.Year == ClaimYear.Other || claim.Unit is not ("万元" or "亿元"))
                {
                    continue;
                }

                var reference = Reference(report, claim, first, out var basis);
                if (!claim.NeedsOwner || claim.Owner == ClaimOwner.Department)
                {
                    first.TryAdd(claim.Subject, (claim, paragraph));
                }

                if (reference is not { } r)
                {
                    continue;
                }

                var finding = context.Compare(Id, paragraph.Path, claim.Value, r, $"{paragraph.Section}所述“{claim.Label}{PhaseWord(claim)}”", basis, at: () => paragraph.Location);
                yield return finding is not null && OtherScale(claim.Value, r) ? Rescoped(finding) : finding;
            }
        }
    }

    private static decimal? Reference(Portal.Core.Model.Report report, Claim claim, Dictionary<(string, string, ClaimPhase, ClaimYear), (Claim Claim, Paragraph Paragraph)> first, out string basis)
    {
        if (claim.IsCurrentFinal && claim.FigureKey is { } key)
        {
            if (ReportFigures.FromTable(report, key) is { } table)
            {
                basis = $"按{table.Table.ShortName}";
                return table.Value;
            }

            if (!claim.TablesOnly && report.StatedFigures.Get(key) is { } stated)
            {
                basis = "按本报告所列主要数字";
                return stated;
            }
        }

        if ((!claim.NeedsOwner || claim.Owner == ClaimOwner.Department) && first.TryGetValue(claim.Subject, out var earlier))
        {
            basis = $"按本报告{earlier.Paragraph.Section}所述“{earlier.Claim.Words}”";
            return earlier.Claim.Value;
        }

        basis = string.Empty;
        return null;
    }

    private static string PhaseWord(Claim claim) => (claim.Phase, claim.Year) switch
    {
        (_, ClaimYear.Previous) => "（上年）",
        (ClaimPhase.InitialBudget, _) => "（年初预算）",
        (ClaimPhase.FullBudget, _) => "（全年预算）",
        (ClaimPhase.Budget, _) => "（预算）",
        _ => string.Empty,
    };

    /// <summary>
    /// Ten times larger or smaller is more likely another scope (全市 rather than the department) than a misprint,
    /// so calling it wrong needs an assumption: a warning, not an error.
    /// </summary>
    private static bool OtherScale(decimal stated, decimal reference) =>
        stated != 0 && reference != 0 && (Math.Abs(stated / reference) >= 10 || Math.Abs(stated / reference) <= 0.1m);

    private static Finding Rescoped(Finding finding) => finding with
    {
        Severity = FindingSeverity.Warning,
        Message = finding.Message.TrimEnd('。') + "；两者相差一个数量级以上，可能是另一口径（如全市）的数字。",
    };
}
