namespace Portal.Build.Classification;

/// <summary>One column of a 科目's row: the column's name as the table prints it and the amount.</summary>
public sealed record ClassificationAmount(string Column, decimal? Amount);
