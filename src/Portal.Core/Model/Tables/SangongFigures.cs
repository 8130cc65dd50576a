namespace Portal.Core.Model.Tables;

/// <summary>One side (预算数 or 决算数) of the 三公 table.</summary>
public sealed record SangongFigures(
    decimal? Total,
    decimal? Overseas,
    decimal? Vehicles,
    decimal? VehiclePurchase,
    decimal? VehicleOperation,
    decimal? Reception);
