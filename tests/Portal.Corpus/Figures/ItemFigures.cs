using Portal.Corpus.Catalog;

namespace Portal.Corpus.Figures;

/// <summary>
/// One 项 of a report: its 基本/项目 支出, the part of each paid by 一般公共预算财政拨款, and its income.
/// The rest of each 支出 is paid by 其他收入.
/// </summary>
public sealed record ItemFigures(FunctionItem Item, decimal Basic, decimal Project, decimal FiscalBasic, decimal FiscalProject)
{
    public decimal Total => Basic + Project;

    public decimal FiscalTotal => FiscalBasic + FiscalProject;

    public decimal OtherIncome => Total - FiscalTotal;

    /// <summary>财政拨款收入 of this 项: what it spent, plus the change in 结转 when this 项 carries it.</summary>
    public decimal FiscalIncome { get; init; }
}
