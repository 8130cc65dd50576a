namespace Portal.Core.Model.Narrative;

/// <summary>The normalised section topics and the Chinese label each stands for.</summary>
public static class SectionKinds
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["duties"] = "部门职责",
        ["organization"] = "机构设置",
        ["staffing"] = "人员情况",
        ["work"] = "重点工作",
        ["income_expenditure_overview"] = "收入支出决算总体情况",
        ["income"] = "收入决算情况",
        ["expenditure"] = "支出决算情况",
        ["fiscal_overview"] = "财政拨款收支总体情况",
        ["general_budget"] = "一般公共预算财政拨款支出",
        ["basic_expenditure"] = "基本支出",
        ["sangong"] = "“三公”经费",
        ["gov_fund"] = "政府性基金",
        ["state_capital"] = "国有资本经营",
        ["operating_costs"] = "机关运行经费",
        ["general_expenditure"] = "一般性支出",
        ["procurement"] = "政府采购",
        ["assets"] = "国有资产",
        ["performance_management"] = "预算绩效管理",
        ["other_matters"] = "其他重要事项",
    };
}
