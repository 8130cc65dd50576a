namespace Portal.Corpus.Figures;

/// <summary>
/// Every number of one generated department-year, chosen so the identities of the spec (§6) hold:
/// the tables are printed from these, the narrative quotes them.
/// </summary>
public sealed record ReportFigures
{
    public required DepartmentPlan Department { get; init; }

    public required int Year { get; init; }

    public required IReadOnlyList<ItemFigures> Items { get; init; }

    /// <summary>年初财政拨款结转和结余 = the previous year's 年末.</summary>
    public required decimal CarryIn { get; init; }

    public required decimal CarryOut { get; init; }

    /// <summary>公开06表 amounts by 经济分类 款 code (5 digits); 类 are their sums.</summary>
    public required IReadOnlyDictionary<string, decimal> Economic { get; init; }

    public required SangongFigures SangongBudget { get; init; }

    public required SangongFigures SangongActual { get; init; }

    /// <summary>The previous year's 收支总计 and 财政拨款收支总计, for "与上年相比" sentences.</summary>
    public required decimal PreviousGrandTotal { get; init; }

    public required decimal PreviousFiscalGrandTotal { get; init; }

    public required int StaffAuthorized { get; init; }

    public required int StaffActual { get; init; }

    public required int StaffRetired { get; init; }

    public required IReadOnlyList<ProjectFigures> Projects { get; init; }

    public decimal FiscalIncome => Items.Sum(i => i.FiscalIncome);

    public decimal OtherIncome => Items.Sum(i => i.OtherIncome);

    public decimal Income => FiscalIncome + OtherIncome;

    public decimal Expenditure => Items.Sum(i => i.Total);

    public decimal Basic => Items.Sum(i => i.Basic);

    public decimal Project => Items.Sum(i => i.Project);

    public decimal FiscalExpenditure => Items.Sum(i => i.FiscalTotal);

    public decimal FiscalBasic => Items.Sum(i => i.FiscalBasic);

    /// <summary>收支总计 (公开01 总计).</summary>
    public decimal GrandTotal => Income + CarryIn;

    /// <summary>财政拨款收支总计 (公开04 总计).</summary>
    public decimal FiscalGrandTotal => FiscalIncome + CarryIn;

    public decimal EconomicClass(string classCode) =>
        Economic.Where(e => e.Key.StartsWith(classCode, StringComparison.Ordinal)).Sum(e => e.Value);

    public decimal Personnel => EconomicClass("301") + EconomicClass("303");

    public decimal Public => FiscalBasic - Personnel;
}
