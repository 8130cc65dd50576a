namespace Portal.Build.Check.Claims;

/// <summary>Which stage of the budget year a stated figure is (lexicon <c>phases</c>); unmarked is the 决算.</summary>
public enum ClaimPhase
{
    Final,
    InitialBudget,
    FullBudget,

    /// <summary>“预算” without saying 年初 or 全年.</summary>
    Budget,

    /// <summary>A budget is spoken of earlier in the sentence and the clause does not say which stage its figure is.</summary>
    Unclear,
}

/// <summary>Which year a stated figure is of, relative to the report's own year.</summary>
public enum ClaimYear
{
    Current,
    Previous,

    /// <summary>Another year, or a sentence comparing years whose figure the clause does not place.</summary>
    Other,
}

/// <summary>Whose figure a claim is: the clause names the department or its year, or starts with the metric.</summary>
public enum ClaimOwner
{
    Department,
    Unstated,
}

/// <summary>
/// One figure the report states in words: “一般公共预算财政拨款基本支出1,939.12万元” is metric
/// <c>basic_expenditure</c>, 口径 <c>general_budget</c>, phase 决算, this year, 1939.12 in 万元.
/// </summary>
/// <param name="Words">The words as printed, from the 口径 word to the unit (for messages).</param>
/// <param name="Value">The figure in 万元 (converted from 元/亿元); for a count, the count.</param>
/// <param name="Printed">The number as printed, in its own unit (keeps its decimals for rounding).</param>
/// <param name="Unit">The unit word as printed (万元, 元, 亿元, 个…); null when the figure has none.</param>
/// <param name="Index">Where the claim starts in its text.</param>
public sealed record Claim(string Metric, string Scope, ClaimPhase Phase, ClaimYear Year, decimal Value, decimal Printed, string? Unit, string Words, int Index)
{
    /// <summary>The metric's name as printed, with its 口径 word (“财政拨款基本支出”).</summary>
    public required string Label { get; init; }

    /// <summary>The ReportFigures key this claim's metric and 口径 name, when the lexicon has one.</summary>
    public string? FigureKey { get; init; }

    /// <summary>The key is read from the tables only (not from stated_figures or the text's first statement).</summary>
    public bool TablesOnly { get; init; }

    public ClaimOwner Owner { get; init; }

    /// <summary>The metric's statements must name their owner to be compared with each other (lexicon <c>needs_owner</c>).</summary>
    public bool NeedsOwner { get; init; }

    /// <summary>A 决算 figure of the report's own year: the ones the tables print.</summary>
    public bool IsCurrentFinal => Phase == ClaimPhase.Final && Year == ClaimYear.Current;

    /// <summary>What the claim is about, without its value: two claims with the same subject must state the same figure.</summary>
    public (string Metric, string Scope, ClaimPhase Phase, ClaimYear Year) Subject => (Metric, Scope, Phase, Year);
}
