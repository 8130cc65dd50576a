using Portal.Corpus.Figures;

namespace Portal.Corpus.Writing;

/// <summary>
/// The narrative of a generated report, in the sample's words and section order; every figure it quotes is
/// computed from the report's own numbers (shares, changes, completion rates), so the prose checks hold.
/// </summary>
public sealed class NarrativeDrafts(ReportFigures figures)
{
    private readonly string _name = figures.Department.Name;
    private readonly int _year = figures.Year;

    public IReadOnlyList<SectionDraft> Overview() =>
    [
        new("部门职责", "一、部门职责", "duties",
            $"（一）{figures.Department.Agency.Duty}。\n\n（二）组织拟订本系统内部管理制度并监督实施。\n\n（三）承办市委、市政府交办的其他任务。\n"),
        new("机构设置及决算单位构成", "二、机构设置及决算单位构成", "organization",
            $"（一）内设机构设置。{_name}内设办公室、财务科、业务科和综合科。\n\n（二）决算单位构成。{_name}{_year}年部门决算汇总公开单位构成包括：{_name}本级。\n"),
        new("人员情况", "三、人员情况", "staffing",
            $"截至{_year}年底，本部门编制{figures.StaffAuthorized}名，实有人数{figures.StaffActual}人；离退休人员{figures.StaffRetired}人。\n"),
        new("重点工作完成情况", "四、重点工作完成情况", "work",
            $"{_year}年，{_name}坚持以习近平新时代中国特色社会主义思想为指导，围绕中心、服务大局，各项工作取得新进展。\n\n" +
            "（一）强化政治引领。认真落实全面从严治党主体责任，扎实开展理论学习，党建工作与业务工作深度融合。\n\n" +
            "（二）聚焦主责主业。对照年度工作目标，细化任务分工，压实工作责任，重点工作按期完成。\n\n" +
            "（三）加强财务管理。严格执行预算管理制度，规范资金使用，厉行节约，压减一般性支出，提高财政资金使用效益。\n\n" +
            "（四）提升服务水平。优化工作流程，推进信息化建设，服务对象满意度进一步提高。\n\n" +
            "（五）抓好队伍建设。加强干部教育培训和作风建设，干部队伍的业务能力和服务意识明显增强。\n"),
    ];

    public IReadOnlyList<SectionDraft> Explanation()
    {
        var n = 0;
        string Top() => Numerals.Top(++n);
        var sangongBudget = figures.SangongBudget.Total;
        var sangongActual = figures.SangongActual.Total;
        return
        [
            new("收入支出决算总体情况说明", Top() + "收入支出决算总体情况说明", "income_expenditure_overview",
                $"{_year}年度收、支总计{A(figures.GrandTotal)}万元。与上年相比，{Change(figures.GrandTotal, figures.PreviousGrandTotal)}，主要是因为业务工作量变化，项目经费相应调整。\n"),
            new("收入决算情况说明", Top() + "收入决算情况说明", "income",
                $"{_year}年度收入合计{A(figures.Income)}万元，其中：财政拨款收入{A(figures.FiscalIncome)}万元，占{P(figures.FiscalIncome, figures.Income)}%；其他收入{A(figures.OtherIncome)}万元，占{P(figures.OtherIncome, figures.Income)}%。\n"),
            new("支出决算情况说明", Top() + "支出决算情况说明", "expenditure",
                $"{_year}年度支出合计{A(figures.Expenditure)}万元，其中：基本支出{A(figures.Basic)}万元，占{P(figures.Basic, figures.Expenditure)}%；项目支出{A(figures.Project)}万元，占{P(figures.Project, figures.Expenditure)}%。\n"),
            new("财政拨款收入支出决算总体情况说明", Top() + "财政拨款收入支出决算总体情况说明", "fiscal_overview",
                $"{_year}年度财政拨款收、支总计{A(figures.FiscalGrandTotal)}万元，与上年相比，{Change(figures.FiscalGrandTotal, figures.PreviousFiscalGrandTotal)}，主要原因是财政拨款项目经费随业务量相应调整。\n"),
            new("一般公共预算财政拨款支出决算情况说明", Top() + "一般公共预算财政拨款支出决算情况说明", "general_budget", null, GeneralBudget()),
            new("一般公共预算财政拨款基本支出决算情况说明", Top() + "一般公共预算财政拨款基本支出决算情况说明", "basic_expenditure",
                $"{_year}年度一般公共预算财政拨款基本支出{A(figures.FiscalBasic)}万元，其中：人员经费{A(figures.Personnel)}万元，占{P(figures.Personnel, figures.FiscalBasic)}%；公用经费{A(figures.Public)}万元，占{P(figures.Public, figures.FiscalBasic)}%。\n"),
            new("财政拨款三公经费支出决算情况说明", Top() + "财政拨款三公经费支出决算情况说明", "sangong",
                $"“三公”经费财政拨款支出预算为{A(sangongBudget)}万元，支出决算为{A(sangongActual)}万元，{(sangongBudget == 0 ? "未安排预算" : $"完成预算的{P(sangongActual, sangongBudget)}%")}，其中：\n\n" +
                $"1、因公出国（境）费支出决算为{A(figures.SangongActual.Overseas)}万元。\n\n" +
                $"2、公务用车购置及运行维护费支出决算为{A(figures.SangongActual.Vehicles)}万元，其中：公务用车购置费{A(figures.SangongActual.VehiclePurchase)}万元，公务用车运行维护费{A(figures.SangongActual.VehicleOperation)}万元。\n\n" +
                $"3、公务接待费支出决算为{A(figures.SangongActual.Reception)}万元。\n"),
            new("政府性基金预算收入支出决算情况", Top() + "政府性基金预算收入支出决算情况", "gov_fund", $"{_year}年度本单位无政府性基金收支。\n"),
            new("国有资本经营预算财政拨款支出说明", Top() + "国有资本经营预算财政拨款支出说明", "state_capital", $"{_year}年度本单位无国有资本经营收支。\n"),
            new("关于机关运行经费支出说明", Top() + "关于机关运行经费支出说明", "operating_costs",
                $"本部门{_year}年度机关运行经费支出{A(figures.Public)}万元，主要用于办公费、水电费、差旅费等日常公用支出。\n"),
            new("关于预算绩效情况的说明", Top() + $"关于{_year}年度预算绩效情况的说明", "performance_management",
                $"本部门对{figures.Projects.Count}个项目开展了绩效自评，涉及项目资金{A(figures.Projects.Sum(p => p.Spent))}万元，并开展了部门整体支出绩效自评。\n"),
        ];
    }

    public static IReadOnlyList<(string Term, string Definition)> Glossary() =>
    [
        ("财政拨款收入", "指本级财政当年拨付的资金。"),
        ("其他收入", "指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入。"),
        ("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"),
        ("项目支出", "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
        ("“三公”经费", "指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"),
        ("机关运行经费", "指为保障行政单位运行用于购买货物和服务等的各项公用经费。"),
    ];

    private IReadOnlyList<SectionDraft> GeneralBudget()
    {
        var fiscal = figures.Items.Where(i => i.FiscalTotal > 0).ToArray();
        var total = figures.FiscalExpenditure;
        var structure = string.Join("；", fiscal.GroupBy(i => i.Item.ClassName)
            .Select(g => $"{g.Key}{A(g.Sum(i => i.FiscalTotal))}万元，占{P(g.Sum(i => i.FiscalTotal), total)}%"));
        var detail = string.Join("\n\n", fiscal.Select((i, k) =>
            $"{k + 1}、{i.Item.ClassName}（类）{i.Item.SectionName}（款）{i.Item.Name}（项）\n\n支出决算为{A(i.FiscalTotal)}万元，其中基本支出{A(i.FiscalBasic)}万元，项目支出{A(i.FiscalProject)}万元。"));
        return
        [
            new("一般公共预算财政拨款支出决算总体情况", "（一）一般公共预算财政拨款支出决算总体情况", null,
                $"{_year}年度一般公共预算财政拨款支出{A(total)}万元，占本年支出合计的{P(total, figures.Expenditure)}%。\n"),
            new("一般公共预算财政拨款支出决算结构情况", "（二）一般公共预算财政拨款支出决算结构情况", null, structure + "。\n"),
            new("一般公共预算财政拨款支出决算具体情况", "（三）一般公共预算财政拨款支出决算具体情况", null, detail + "\n"),
        ];
    }

    private static string A(decimal amount) => Amounts.Format(amount);

    private static string P(decimal part, decimal whole) => Amounts.Format(Amounts.Percent(part, whole));

    private static string Change(decimal now, decimal before)
    {
        var diff = now - before;
        var rate = Amounts.Percent(Math.Abs(diff), before);
        return diff >= 0 ? $"增加{A(diff)}万元，增长{A(rate)}%" : $"减少{A(-diff)}万元，下降{A(rate)}%";
    }
}
