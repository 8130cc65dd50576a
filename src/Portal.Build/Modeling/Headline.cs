namespace Portal.Build.Modeling;

/// <summary>The four headline figures shown on the home page and at the top of a report: 收支总计, 本年收入, 本年支出, 三公经费.</summary>
public sealed record Headline(HeadlineFigure GrandTotal, HeadlineFigure Income, HeadlineFigure Expenditure, HeadlineFigure Sangong)
{
    public IEnumerable<HeadlineFigure> All => [GrandTotal, Income, Expenditure, Sangong];
}
