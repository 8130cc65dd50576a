namespace Portal.Corpus.Figures;

/// <summary>A 项目 evaluated in the 绩效 part: its name and the money the 自评表 reports.</summary>
public sealed record ProjectFigures(string Name, decimal InitialBudget, decimal Budget, decimal Spent);
