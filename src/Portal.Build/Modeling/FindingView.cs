using Portal.Build.Check;

namespace Portal.Build.Modeling;

/// <summary>
/// A finding ready to show: its stable <see cref="Id"/>, the anchor on its report page of the cell or paragraph it is
/// about (or of the nearest part that holds it), and whether that place carries a marker.
/// </summary>
public sealed record FindingView(Finding Finding, FindingId Id, string Anchor, FindingPlace Place)
{
    /// <summary>The <c>checks.*</c> key of the severity's plain name (错误, 存疑, 尾数误差).</summary>
    public string SeverityKey => SeverityKeys.Of(Finding.Severity);
}

/// <summary>What a finding's anchor is: a marked table cell, a marked paragraph, or a part of the page (a section, a 自评表).</summary>
public enum FindingPlace
{
    Cell,
    Paragraph,
    Part,
}
