namespace Portal.Corpus.Catalog;

/// <summary>A 支出经济分类 line of 公开06表: 类 (3 digits) or 款 (5 digits), and the column group it is printed in.</summary>
public sealed record EconomicItem(int Group, string Code, string Name)
{
    public bool IsClass => Code.Length == 3;

    public string ClassCode => Code[..3];
}
