using Portal.Corpus.Figures;

namespace Portal.Corpus.Writing;

/// <summary>
/// The 绩效 reports of a generated department-year, in the sections and phrasing of the sample's
/// 部门整体支出绩效自评报告 and 项目支出绩效自评报告, quoting the report's own figures and scores.
/// </summary>
public sealed class PerformanceReportDrafts(ReportFigures figures)
{
    private readonly string _name = figures.Department.Name;
    private readonly int _year = figures.Year;

    public IReadOnlyList<SectionDraft> Overall(decimal score)
    {
        var n = 0;
        string Top() => Numerals.Top(++n);
        return
        [
            new("部门（单位）基本情况", Top() + "部门（单位）基本情况", null, null,
            [
                new("机构设置情况", "（一）机构设置情况", "organization",
                    $"{_name}内设办公室、财务科、业务科和综合科，{_year}年度部门决算由本级一个单位构成。\n"),
                new("人员编制情况", "（二）人员编制情况", "staffing",
                    $"本单位编制{figures.StaffAuthorized}名，{_year}年末实有在职人员{figures.StaffActual}人，离退休人员{figures.StaffRetired}人。\n"),
                new("主要职能职责", "（三）主要职能职责", "duties",
                    $"1、{figures.Department.Agency.Duty}。\n\n2、组织拟订本系统内部管理制度并监督实施。\n\n3、承办上级交办的其他任务。\n"),
            ]),
            new("一般公共预算支出情况", Top() + "一般公共预算支出情况", null, null,
            [
                new("基本支出情况", "（一）基本支出情况", null,
                    $"{_year}年度一般公共预算财政拨款基本支出{A(figures.FiscalBasic)}万元，其中人员经费{A(figures.Personnel)}万元，主要用于基本工资、津贴补贴、社会保障缴费等；" +
                    $"公用经费{A(figures.Public)}万元，主要用于办公费、水电费、差旅费、公务用车运行维护费等日常运转支出。\n\n" +
                    "基本支出严格执行预算，按照规定的开支范围和标准使用，未发生超范围、超标准支出。\n"),
                new("项目支出情况", "（二）项目支出情况", null,
                    $"{_year}年度项目支出{A(figures.Project)}万元，共实施{figures.Projects.Count}个项目。项目资金实行专款专用、专账核算，" +
                    "资金拨付按照合同约定和工程进度执行，资金使用规范、安全。\n\n" +
                    string.Join("\n\n", figures.Projects.Select((p, i) => $"{i + 1}、{p.Name}：全年预算数{A(p.Budget)}万元，全年执行数{A(p.Spent)}万元，执行率{A(Amounts.Percent(p.Spent, p.Budget))}%。")) + "\n"),
            ]),
            new("政府性基金预算支出情况", Top() + "政府性基金预算支出情况", "gov_fund", $"本单位{_year}年度无政府性基金预算支出。\n"),
            new("国有资本经营预算支出情况", Top() + "国有资本经营预算支出情况", "state_capital", $"本单位{_year}年度无国有资本经营预算支出。\n"),
            new("部门整体支出绩效情况", Top() + "部门整体支出绩效情况", null, null,
            [
                new("综合评价结论", "（一）综合评价结论", null,
                    $"根据部门整体支出绩效评价指标规定的内容，经本单位认真自评，总分为100分，实际得分{score}分，{_year}年度部门整体支出绩效评价等级为{Grade(score)}。\n"),
                new("评价指标分析", "（二）评价指标分析", null,
                    "1、预算执行方面。本单位严格按照批复的预算执行，预算执行进度总体符合序时要求，年度预算执行率较高。\n\n" +
                    $"2、运行成本方面。“三公”经费支出{A(figures.SangongActual.Total)}万元，预算{A(figures.SangongBudget.Total)}万元，严格控制在规定范围内，厉行节约，压缩一般性支出。\n\n" +
                    "3、管理效率方面。建立健全内部控制制度，规范财务审批流程，资产管理、政府采购和合同管理均按规定执行。\n\n" +
                    "4、履职效能方面。全年重点工作任务按计划推进，各项业务工作完成情况良好，服务保障能力进一步提升。\n\n" +
                    "5、社会效应方面。通过优化服务流程、提升服务质量，服务对象满意度调查结果良好，社会反响较好。\n\n" +
                    "6、可持续发展方面。持续完善制度建设，加强人员培训，管理水平和工作效率稳步提高，为后续工作奠定了基础。\n"),
            ]),
            new("存在的问题及原因分析", Top() + "存在的问题及原因分析", null,
                "1、预算编制的精细化程度有待提高，个别项目年中追加调整较多。\n\n2、绩效目标设置不够细化、量化，部分指标难以准确衡量。\n\n3、绩效管理专业人员不足，绩效评价结果运用不够充分。\n"),
            new("下一步改进措施", Top() + "下一步改进措施", null,
                "1、加强预算编制管理，提高预算编制的科学性和准确性，减少预算调整。\n\n2、完善绩效指标体系，细化量化绩效目标，强化绩效运行监控。\n\n3、加强财务人员业务培训，强化绩效评价结果应用，将评价结果作为以后年度预算安排的重要依据。\n"),
            new("其他需要说明的情况", Top() + "其他需要说明的情况", null, "报告附件：部门整体支出绩效自评表、项目支出绩效自评表。\n"),
        ];
    }

    public IReadOnlyList<SectionDraft> Projects(IReadOnlyList<decimal> scores)
    {
        var total = figures.Projects.Sum(p => p.Spent);
        return
        [
            new("项目基本情况", "一、项目基本情况", null, null,
            [
                new("项目概况", "（一）项目概况", null,
                    $"{_year}年度本单位纳入绩效自评的项目共{figures.Projects.Count}个，涉及资金{A(total)}万元，占项目支出的{A(Amounts.Percent(total, figures.Project))}%。" +
                    "项目均由本单位组织实施，实行项目负责人制度。\n"),
                new("预算资金使用管理情况", "（二）预算资金使用管理情况", null,
                    string.Join("\n\n", figures.Projects.Select((p, i) =>
                        $"{i + 1}、{p.Name}：年初预算数{A(p.InitialBudget)}万元，全年预算数{A(p.Budget)}万元，实际支出{A(p.Spent)}万元。")) +
                    "\n\n在资金使用和管理方面，严格按照财政制度要求，坚持专款专用、专账核算，严格按照规定的范围和标准使用资金。\n"),
            ]),
            new("绩效评价工作情况", "二、绩效评价工作情况", null,
                "本单位成立绩效自评工作小组，对照项目绩效目标，采用比较法、因素分析法等方法，对项目的决策、过程、产出和效益进行全面评价。\n"),
            new("主要绩效及评价结论", "三、主要绩效及评价结论", null,
                string.Join("\n\n", figures.Projects.Select((p, i) => $"{i + 1}、{p.Name}项目自评得分{scores[i]}分，评价等级为{Grade(scores[i])}。")) +
                "\n\n项目的实施保障了单位各项工作的正常开展，社会效益和可持续影响较好，服务对象满意度较高。\n"),
            new("存在的问题及建议", "四、存在的问题及建议", null,
                "部分项目绩效目标设置不够具体，个别项目执行进度偏慢。建议进一步细化绩效目标，加强项目实施过程管理，及时跟踪项目执行情况。\n"),
        ];
    }

    private static string Grade(decimal score) => score >= 90 ? "优" : score >= 80 ? "良" : score >= 60 ? "中" : "差";

    private static string A(decimal amount) => Amounts.Format(amount);
}
