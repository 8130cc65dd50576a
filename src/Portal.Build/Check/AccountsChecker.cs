using Portal.Build.Check.Rules;
using Portal.Core.Model;

namespace Portal.Build.Check;

/// <summary>
/// The check stage: runs every rule on every report (with the department's previous year beside it) and
/// returns the findings ordered by department, year and position in the YAML.
/// </summary>
public static class AccountsChecker
{
    public static IReadOnlyList<ICheckRule> Rules { get; } =
    [
        .. CodedRowTotalRule.All,
        .. CarryForwardRowRule.All,
        new FiscalSummaryRowTotalRule(),
        new TreeSumRule(),
        new EconomicTreeRule(),
        new EconomicTotalsRule(),
        .. BalanceRule.All,
        new CrossSummaryIncomeRule(),
        new CrossSummaryExpenditureRule(),
        new CrossFiscalGeneralBudgetRule(),
        new CrossGeneralBudgetEconomicRule(),
        new SangongRowTotalRule(),
        new PerformanceWeightsRule(),
        new PerformanceTotalRule(),
        new PerformanceScoreCapRule(),
        new ExecutionRateRule(),
        new PerformanceFundPartsRule(),
        new RequiredTablesRule(),
        new NoDataStatementRule(),
        CodeNameRule.Function,
        CodeNameRule.Economic,
        new DepartmentNameRule(),
        new ShareClaimRule(),
        new ShareTotalRule(),
        new ChangeClaimRule(),
        new CompletionClaimRule(),
        new ProseFigureRule(),
        new ProseCountRule(),
        new SangongProseRule(),
        new ProseBalanceRule(),
        new ProseFiscalBalanceRule(),
        new ChangePartsRule(),
        new ListSumRule(),
        new ItemsSumRule(),
        new FreeTableSumRule(),
        new FreeTableFigureRule(),
        new PreviousYearRule(),
        new CarryOverRule(),
        new UnitsRule(),
        new UnitlessRule(),
        new ReasonRule(),
        new ZeroBudgetRule(),
        new FiscalPartsRule(),
        new PreviousScopePartsRule(),
        new ProseTotalsRule(),
        new BudgetSumRule(),
        new ProcurementRule(),
    ];

    /// <summary>A rule that breaks on unexpected data is a bug in Portal: name the rule and the report, not just the exception.</summary>
    private static List<Finding> Run(ICheckRule rule, CheckContext context, Report report)
    {
        try
        {
            return rule.Check(context).OfType<Finding>().ToList();
        }
        catch (Exception ex)
        {
            throw new Pipeline.WorkFailedException($"rule {rule.Id}, {Load.ContentLoader.Display(report.FilePath)}", ex);
        }
    }

    /// <summary>
    /// Runs the rules on every report, reports in parallel (a rule reads only its report, the year before and the
    /// department); the findings are sorted afterwards, so their order never depends on the threads.
    /// </summary>
    /// <param name="keepsCaches">
    /// Keep each report's field locations for the next check (<c>portal serve</c>, which reuses the
    /// reports of unchanged files); a one-off build drops them, so a large site does not hold them to the end.
    /// </param>
    /// <param name="known">
    /// The findings of earlier checks of the same site (<c>portal serve</c>): a report checked before against the same
    /// department and year before is not checked again; null for a one-off build.
    /// </param>
    public static IReadOnlyList<Finding> Check(ContentSet content, IReadOnlyList<ICheckRule>? rules = null, bool keepsCaches = false, CheckedReports? known = null)
    {
        var ruleList = rules ?? Rules;
        var contexts = content.Departments
            .SelectMany(entry => entry.Reports.Select(report => new CheckContext(entry.Department, report, entry.Reports.FirstOrDefault(r => r.Year == report.Year - 1))))
            .ToArray();
        var perReport = new IReadOnlyList<Finding>[contexts.Length];
        var failures = new Exception?[contexts.Length];
        try
        {
            Parallel.For(0, contexts.Length, i =>
            {
                if (known is not null && known.TryGet(contexts[i], ruleList, out var checkedBefore))
                {
                    perReport[i] = checkedBefore;
                    return;
                }

                var found = new List<Finding>();
                try
                {
                    foreach (var rule in ruleList)
                    {
                        found.AddRange(Run(rule, contexts[i], contexts[i].Report));
                    }
                }
                catch (Exception ex)
                {
                    failures[i] = ex;
                }

                perReport[i] = RootCauses.Fold(found, contexts[i].Report.SourceMap.Find);
                contexts[i].Done();
                if (!keepsCaches)
                {
                    // As soon as the report is done, not after every report: held to the end of the stage, every
                    // report's field locations are alive at once.
                    contexts[i].Report.SourceMap.Forget();
                }
            });
        }
        finally
        {
            if (!keepsCaches)
            {
                foreach (var context in contexts)
                {
                    context.Report.SourceMap.Forget();
                }
            }
        }

        // The first failing report in content order, as one thread would have reported it.
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        known?.Keep(contexts, ruleList, perReport);

        return perReport
            .SelectMany(f => f)
            .OrderBy(f => f.DepartmentSlug, StringComparer.Ordinal)
            .ThenBy(f => f.Year)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToArray();
    }
}
