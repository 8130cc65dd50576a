using Portal.Build.Check;

namespace Portal.Build.Modeling;

/// <summary>A finding ready to show: the anchor on its report page of the cell or paragraph it is about.</summary>
public sealed record FindingView(Finding Finding, string Anchor);
