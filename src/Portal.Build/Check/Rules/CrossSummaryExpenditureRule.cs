namespace Portal.Build.Check.Rules;

/// <summary>收入支出决算总表 expenditure 类 lines and 本年支出合计 = the 类 rows and 合计 of 支出决算表.</summary>
public sealed class CrossSummaryExpenditureRule : ICheckRule
{
    public string Id => "cross.summary-expenditure";

    public IEnumerable<Finding?> Check(CheckContext context) =>
        context.Report.Tables is { Summary: { } summary, Expenditure: { } expenditure }
            ? ClassMatch.Compare(context, Id, summary, 0, expenditure)
            : [];
}
