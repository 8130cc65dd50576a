namespace Portal.Build.Classification;

/// <summary>Where the page of a 科目编码 is, so every table row can link to it.</summary>
public static class ClassificationPaths
{
    public const string Index = "classification/";
    public const string Function = "function";
    public const string Economic = "economic";

    public static string Of(string kind, string code) => $"{Index}{kind}/{code}/";

    /// <summary>公开02/03/05/07/08 rows are 功能分类; 公开06 rows are 经济分类.</summary>
    public static string ForTable(string tableId, string code) => Of(tableId == "t06" ? Economic : Function, code);
}
