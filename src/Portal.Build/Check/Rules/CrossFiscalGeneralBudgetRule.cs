namespace Portal.Build.Check.Rules;

/// <summary>财政拨款收入支出决算总表 一般公共预算财政拨款 column, 类 by 类 and 本年支出合计 = the 类 rows and 合计 of 一般公共预算财政拨款支出决算表.</summary>
public sealed class CrossFiscalGeneralBudgetRule : ICheckRule
{
    public string Id => "cross.fiscal-summary-general-budget";

    public IEnumerable<Finding?> Check(CheckContext context) =>
        context.Report.Tables is { FiscalSummary: { } fiscal, GeneralBudget: { } general } && fiscal.Info.Form.ColumnIndex("general_budget") is var column and >= 0
            ? ClassMatch.Compare(context, Id, fiscal, column, general)
            : [];
}
