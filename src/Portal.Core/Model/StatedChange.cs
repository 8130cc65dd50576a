namespace Portal.Core.Model;

/// <summary>
/// What a report's text states about one figure against the previous year ("与上年相比，减少854.56万元，减少18.10%"):
/// the previous year's value when printed, the change (negative where the text says 减少/下降) and the change in %,
/// each exactly as printed, never computed.
/// </summary>
public sealed record StatedChange(string Key, decimal? Previous, decimal? Change, decimal? ChangePercent, int? SourceLine);
