namespace Portal.Core.Model.Narrative;

/// <summary>A chart the source printed (or lost), by its number and caption: 图1 收、支决算总计变动情况图.</summary>
public sealed record Figure(string Number, string Caption);
