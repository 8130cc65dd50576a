namespace Portal.Core.Model.Tables;

/// <summary>A cell of a free-form table: a printed number, a printed text, or blank.</summary>
public sealed record TableCell(string? Text, decimal? Number)
{
    public static readonly TableCell Blank = new(null, null);

    public bool IsBlank => Text is null && Number is null;
}
