namespace Portal.Build.Modeling;

/// <summary>The four headline figures shown on the home page and at the top of a report: 收支总计, 本年收入, 本年支出, 三公经费.</summary>
public sealed record Headline(HeadlineFigure GrandTotal, HeadlineFigure Income, HeadlineFigure Expenditure, HeadlineFigure Sangong)
{
    /// <summary>The figures' keys in <see cref="All"/> order: templates label them with the UI strings headline.&lt;key&gt;.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["grand_total", "income", "expenditure", "sangong"];

    public IEnumerable<HeadlineFigure> All => [GrandTotal, Income, Expenditure, Sangong];
}
