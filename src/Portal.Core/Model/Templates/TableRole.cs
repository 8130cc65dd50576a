namespace Portal.Core.Model.Templates;

/// <summary>
/// What a table is for, whatever number or position a template gives it: the checker's identities, headline
/// figures, comparisons and charts ask for a role, never for a table number. A template may name roles of its own
/// (e.g. 机关运行经费表); the well-known ones below are those the spec's identities (§6) are written in.
/// </summary>
public sealed record TableRole(string Key, string Name)
{
    /// <summary>收入支出决算总表.</summary>
    public static readonly TableRole Summary = new("summary", "收入支出决算总表");

    /// <summary>收入决算表.</summary>
    public static readonly TableRole Income = new("income", "收入决算表");

    /// <summary>支出决算表.</summary>
    public static readonly TableRole Expenditure = new("expenditure", "支出决算表");

    /// <summary>财政拨款收入支出决算总表.</summary>
    public static readonly TableRole FiscalSummary = new("fiscal_summary", "财政拨款收入支出决算总表");

    /// <summary>一般公共预算财政拨款支出决算表.</summary>
    public static readonly TableRole GeneralBudget = new("general_budget", "一般公共预算财政拨款支出决算表");

    /// <summary>一般公共预算财政拨款基本支出决算(明细)表, by 经济分类.</summary>
    public static readonly TableRole BasicEconomic = new("basic_economic", "一般公共预算财政拨款基本支出决算表");

    /// <summary>政府性基金预算财政拨款收入支出决算表.</summary>
    public static readonly TableRole GovFund = new("gov_fund", "政府性基金预算财政拨款收入支出决算表");

    /// <summary>国有资本经营预算财政拨款(收入)支出决算表.</summary>
    public static readonly TableRole StateCapital = new("state_capital", "国有资本经营预算财政拨款支出决算表");

    /// <summary>财政拨款“三公”经费支出决算表.</summary>
    public static readonly TableRole Sangong = new("sangong", "财政拨款“三公”经费支出决算表");

    /// <summary>机关运行经费支出表.</summary>
    public static readonly TableRole OperatingCosts = new("operating_costs", "机关运行经费支出表");

    /// <summary>政府采购情况表.</summary>
    public static readonly TableRole Procurement = new("procurement", "政府采购情况表");

    /// <summary>项目支出决算表.</summary>
    public static readonly TableRole Projects = new("projects", "项目支出决算表");

    public static readonly IReadOnlyList<TableRole> WellKnown =
        [Summary, Income, Expenditure, FiscalSummary, GeneralBudget, BasicEconomic, GovFund, StateCapital, Sangong, OperatingCosts, Procurement, Projects];

    public static TableRole? FindWellKnown(string key) => WellKnown.FirstOrDefault(r => r.Key == key);

    /// <summary>The role as it appears in rule ids and anchors: <c>fiscal-summary</c>.</summary>
    public string Slug => Key.Replace('_', '-');

    /// <summary>The anchor every template's table of this role carries (<c>#sangong-table</c>), beside its own id.</summary>
    public string Anchor => Slug + "-table";

    public bool Equals(TableRole? other) => other is not null && other.Key == Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
