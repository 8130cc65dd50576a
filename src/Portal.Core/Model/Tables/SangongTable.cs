namespace Portal.Core.Model.Tables;

/// <summary>财政拨款“三公”经费支出决算表: 预算数 and 决算数 of each 三公 item.</summary>
public sealed record SangongTable(TableInfo Info, SangongFigures? Budget, SangongFigures? Actual) : IFormTable;
