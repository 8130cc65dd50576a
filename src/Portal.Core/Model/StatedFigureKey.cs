namespace Portal.Core.Model;

/// <summary>A headline figure a report states in its text, with its Chinese label and unit.</summary>
public sealed record StatedFigureKey(string Key, string Label, string Unit)
{
    public static readonly IReadOnlyList<StatedFigureKey> All =
    [
        new("grand_total", "收支总计", "万元"),
        new("income_total", "本年收入合计", "万元"),
        new("expenditure_total", "本年支出合计", "万元"),
        new("basic_expenditure", "基本支出", "万元"),
        new("project_expenditure", "项目支出", "万元"),
        new("fiscal_grand_total", "财政拨款收支总计", "万元"),
        new("general_budget_expenditure", "一般公共预算财政拨款支出", "万元"),
        new("personnel_costs", "人员经费", "万元"),
        new("public_costs", "公用经费", "万元"),
        new("sangong_total", "“三公”经费", "万元"),
        new("sangong_overseas", "因公出国（境）费", "万元"),
        new("sangong_vehicles", "公务用车购置及运行维护费", "万元"),
        new("sangong_vehicle_purchase", "公务用车购置费", "万元"),
        new("sangong_vehicle_operation", "公务用车运行维护费", "万元"),
        new("sangong_reception", "公务接待费", "万元"),
        new("operating_costs", "机关运行经费", "万元"),
        new("procurement_total", "政府采购支出总额", "万元"),
        new("gov_fund_expenditure", "政府性基金预算财政拨款支出", "万元"),
        new("state_capital_expenditure", "国有资本经营预算财政拨款支出", "万元"),
        new("staff_authorized", "编制人数", "人"),
        new("staff_actual", "实有人数", "人"),
        new("staff_retired", "离退休人数", "人"),
    ];

    private static readonly Dictionary<string, StatedFigureKey> ByKey = All.ToDictionary(k => k.Key);

    public static StatedFigureKey? Find(string key) => ByKey.GetValueOrDefault(key);
}
