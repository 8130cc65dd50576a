using Portal.Core.Model.Narrative;
using Portal.Core.Model.Tables;

namespace Portal.Core.Model.Performance;

/// <summary>部门整体支出绩效: its 自评表, its report, other tables, and the score the text states.</summary>
public sealed record OverallPerformance
{
    public Evaluation? Evaluation { get; init; }

    public Document? Report { get; init; }

    public IReadOnlyList<GenericTable> Tables { get; init; } = [];

    public decimal? Score { get; init; }
}
