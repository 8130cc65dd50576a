using Portal.Build.Check;

namespace Portal.Build.Tests.Check;

/// <summary>
/// Shares of a whole's parts that are all of it add to 100% (prose.share-total; lexicon <c>exhaustive_parts</c>:
/// 人员经费 + 公用经费 = 基本支出; blind audit HH23-9).
/// </summary>
public sealed class ExhaustiveSharesTests
{
    private const string Shares = "人员经费68.00万元，占基本支出的87.18%；公用经费10.00万元，占基本支出的12.82%。";

    private static IReadOnlyList<Finding> With(string shares) =>
        AccountsCheckerTests.Check(ConsistentReports.Year2022, AccountsCheckerTests.Break(ConsistentReports.Year2023, Shares, shares));

    [Fact]
    public void Huaihua_2023_personnel_and_public_costs_shares_of_basic_expenditure_add_to_53_58_percent_and_nothing_else_adds_wrongly()
    {
        // 说明 六: 人员经费938.40 “占基本支出25.93%”, 公用经费1000.72 “占基本支出的27.65%” — shares of 3618.79, the
        // 一般公共预算 total the paragraph calls 基本支出 (HH23-8); of the real 基本支出 1939.12 they are 48.39% and 51.61%.
        var finding = Assert.Single(SampleFindings.All, f => f.Rule == "prose.share-total");

        Assert.Equal(("huaihua-jiguan-shiwu", "explanation.sections[5].body", 53.58m, 100m, 507), (finding.DepartmentSlug, finding.FieldPath, finding.Stated!.Value, finding.Computed!.Value, finding.Location.Line));
        Assert.Equal("六、一般公共预算财政拨款基本支出决算情况说明中人员经费占基本支出的25.93%、公用经费占基本支出的27.65%，相加为53.58%：人员经费与公用经费即基本支出的全部，其比例应合为100%。", finding.Message);
    }

    [Fact]
    public void Shares_of_all_the_parts_that_add_to_100_percent_are_not_a_finding()
    {
        Assert.Empty(With(Shares));
    }

    [Fact]
    public void A_share_of_one_part_only_is_not_summed()
    {
        Assert.Empty(With("人员经费68.00万元，占基本支出的87.18%；公用经费10.00万元。"));
    }

    [Fact]
    public void A_wrong_share_is_the_one_finding_not_also_the_sum_it_puts_off()
    {
        // 10.00 ÷ 78.00 = 12.82%, printed 12.92%: 87.18 + 12.92 = 100.10 follows from that one share.
        var finding = Assert.Single(With("人员经费68.00万元，占基本支出的87.18%；公用经费10.00万元，占基本支出的12.92%。"));

        Assert.Equal(("prose.share", 12.92m, 12.82m), (finding.Rule, finding.Stated!.Value, Math.Round(finding.Computed!.Value, 2)));
    }

    [Fact]
    public void Shares_right_on_a_wrong_base_are_found_by_their_sum_beside_the_base()
    {
        // 怀化's pattern: the paragraph calls the 一般公共预算 total (98.00) 基本支出 and computes the shares on it.
        var findings = AccountsCheckerTests.Check(ConsistentReports.Year2022, AccountsCheckerTests.Break(ConsistentReports.Year2023,
            "2023年度财政拨款基本支出78.00万元，其中：" + Shares, "2023年度财政拨款基本支出98.00万元，其中：人员经费68.00万元，占基本支出的69.39%；公用经费10.00万元，占基本支出的10.20%。"));

        Assert.Equal([("prose.figure", 98.00m, 78.00m), ("prose.share-total", 79.59m, 100m)], findings.Select(f => (f.Rule, f.Stated!.Value, f.Computed!.Value)).Order());
    }
}
