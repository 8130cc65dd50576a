namespace Portal.Core.Model.Templates;

/// <summary>A cell of a form's printed header: its text and how many columns and header rows it spans.</summary>
public sealed record HeaderCell(string Text, int ColumnSpan = 1, int RowSpan = 1);
