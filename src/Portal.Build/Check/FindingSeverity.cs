namespace Portal.Build.Check;

/// <summary>How much a finding matters: material, suspicious, or within the tables' own rounding note.</summary>
public enum FindingSeverity
{
    /// <summary>A material difference: more than ±0.01 万元 or ±0.01 percentage point.</summary>
    Error,

    /// <summary>Suspicious, but calling it wrong needs an assumption (a unit, a base, a missing statement).</summary>
    Warning,

    /// <summary>Within ±0.01 万元 or ±0.01 pp: the 尾数误差 the tables themselves warn about.</summary>
    Rounding,
}
