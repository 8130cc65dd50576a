namespace Portal.Corpus.Catalog;

/// <summary>One 项 of the 支出功能分类 with its 款 and 类, codes and names as the sample's tables print them.</summary>
public sealed record FunctionItem(string ClassCode, string ClassName, string SectionCode, string SectionName, string Code, string Name)
{
    /// <summary>A 项 that only 基本支出 pays for (行政运行, 养老保险缴费, 行政单位医疗): 人员 and 公用 costs.</summary>
    public bool IsBasic { get; init; }
}
