namespace Portal.Build.Check.Claims;

/// <summary>A stated year-over-year change: this year's figure, the change, its rate, and the label before the figure.</summary>
public sealed record ChangeClaim(string? Label, decimal Current, bool Increase, decimal Change, decimal Percent, int Index)
{
    /// <summary>Last year's figure the claim implies.</summary>
    public decimal Previous => Increase ? Current - Change : Current + Change;
}
