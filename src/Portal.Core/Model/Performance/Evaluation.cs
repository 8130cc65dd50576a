using Portal.Core.Model.Tables;

namespace Portal.Core.Model.Performance;

/// <summary>A 绩效自评表 (湖南 部门整体/项目 form, or 四川 绩效目标自评表 without scores).</summary>
public sealed record Evaluation
{
    public string? Title { get; init; }

    public string? HeadingRaw { get; init; }

    public string? Period { get; init; }

    public int? SourceLine { get; init; }

    /// <summary>The label/value cells printed above the fund rows.</summary>
    public IReadOnlyList<IReadOnlyList<TableCell>> Fields { get; init; } = [];

    public IReadOnlyList<FundRow> Funds { get; init; } = [];

    /// <summary>四川 form: printed 预算数/执行数 label-value cells in order.</summary>
    public IReadOnlyList<IReadOnlyList<TableCell>> BudgetRows { get; init; } = [];

    public IReadOnlyList<string> FundNotes { get; init; } = [];

    public EvaluationGoals? Goals { get; init; }

    public IReadOnlyList<IndicatorCategory> Indicators { get; init; } = [];

    public EvaluationTotal? Total { get; init; }

    public string? Signature { get; init; }
}
