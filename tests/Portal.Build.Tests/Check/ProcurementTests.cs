using Portal.Build.Check;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Check;

/// <summary>
/// 政府采购's parts (issue 16, prose.procurement): 中小企业 awards of 预留 and 其他 projects within the total, 货物 + 工程 + 服务 = total.
/// </summary>
public sealed class ProcurementTests
{
    private const string OperatingCosts = "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。";

    private const string Procurement = "本部门2023年度政府采购金额为10.00万元，其中：货物采购金额4.00万元、工程采购金额0万元、服务采购金额6.00万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额6.00万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额4.00万元。";

    /// <summary>The consistent reports with <paramref name="sentence"/> added to 2023's 机关运行经费 section.</summary>
    private static IReadOnlyList<Finding> With(string sentence) =>
        AccountsCheckerTests.Check(ConsistentReports.Year2022, AccountsCheckerTests.Break(ConsistentReports.Year2023, OperatingCosts, OperatingCosts + sentence));

    [Fact]
    public void On_the_sample_only_putuo_2024_has_procurement_parts_above_their_total()
    {
        Assert.Equal([("putuo-shegongbu", 42.14m, 21.07m)], SampleFindings.All.Where(f => f.Rule == "prose.procurement").Select(f => (f.DepartmentSlug, f.Stated!.Value, f.Computed!.Value)));
    }

    [Fact]
    public void Putuo_2024_small_business_awards_of_reserved_and_other_projects_together_exceed_all_procurement()
    {
        var finding = Assert.Single(SampleFindings.All, f => f.Rule == "prose.procurement");

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("合计42.14万元，比政府采购总额21.07万元多21.07万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Procurement_whose_parts_fit_its_total_is_not_a_finding()
    {
        Assert.Empty(With(Procurement));
    }

    [Fact]
    public void Small_business_awards_above_the_procurement_total_are_one_finding()
    {
        var finding = Assert.Single(With(Procurement.Replace("采购金额4.00万元。", "采购金额5.00万元。", StringComparison.Ordinal)));

        Assert.Equal(("prose.procurement", 11m, 10m), (finding.Rule, finding.Stated, finding.Computed));
    }

    [Fact]
    public void Three_categories_short_of_the_procurement_total_are_one_finding()
    {
        var finding = Assert.Single(With(Procurement.Replace("服务采购金额6.00万元", "服务采购金额5.00万元", StringComparison.Ordinal)));

        Assert.Equal(("prose.procurement", 10m, 9m), (finding.Rule, finding.Stated, finding.Computed));
        Assert.Contains("其下货物4.00万元、工程0万元、服务5.00万元之和为9.00万元", finding.Message, StringComparison.Ordinal);
    }
}
