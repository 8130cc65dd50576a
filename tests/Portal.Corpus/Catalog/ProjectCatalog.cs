namespace Portal.Corpus.Catalog;

/// <summary>项目 names of the kind the sample's 项目支出绩效自评表 evaluate.</summary>
public static class ProjectCatalog
{
    public static readonly IReadOnlyList<string> Names =
    [
        "水电维修费", "办公用房维修改造", "公务用车平台运行经费", "机关物业管理费", "专项业务工作经费", "信息化建设运行维护",
        "公共机构节能改造", "档案数字化加工", "业务培训经费", "安全生产专项经费", "机关食堂运行经费", "周转房日常维修经费",
        "应急物资储备", "政务服务平台运维", "乡村振兴帮扶经费",
    ];
}
