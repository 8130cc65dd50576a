namespace Portal.Corpus.Figures;

/// <summary>公开09表 one side (预算 or 决算): 小计 = 购置 + 运行维护, 合计 = 出国 + 小计 + 接待.</summary>
public sealed record SangongFigures(decimal Overseas, decimal VehiclePurchase, decimal VehicleOperation, decimal Reception)
{
    public decimal Vehicles => VehiclePurchase + VehicleOperation;

    public decimal Total => Overseas + Vehicles + Reception;
}
