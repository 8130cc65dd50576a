namespace Portal.Core.Model.Tables;

/// <summary>One side (预算数 or 决算数) of the 三公 table.</summary>
public sealed record SangongFigures(
    decimal? Total,
    decimal? Overseas,
    decimal? Vehicles,
    decimal? VehiclePurchase,
    decimal? VehicleOperation,
    decimal? Reception)
{
    /// <summary>The six 三公 cells of a side in their usual order: the key templates and content write, and the name.</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> Items =
    [
        ("total", "合计"),
        ("overseas", "因公出国（境）费"),
        ("vehicles", "公务用车购置及运行维护费小计"),
        ("vehicle_purchase", "公务用车购置费"),
        ("vehicle_operation", "公务用车运行维护费"),
        ("reception", "公务接待费"),
    ];

    /// <summary>The six cells in the order of <see cref="Items"/>.</summary>
    public IReadOnlyList<decimal?> Values => [Total, Overseas, Vehicles, VehiclePurchase, VehicleOperation, Reception];

    /// <summary>The cell with an <see cref="Items"/> key.</summary>
    public decimal? Value(string key)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Key == key)
            {
                return Values[i];
            }
        }

        throw new ArgumentException($"no 三公 cell '{key}'", nameof(key));
    }
}
