namespace Portal.Core.Model.Tables;

/// <summary>公开09 财政拨款“三公”经费支出决算表.</summary>
public sealed record SangongTable(TableInfo Info, SangongFigures? Budget, SangongFigures? Actual);
