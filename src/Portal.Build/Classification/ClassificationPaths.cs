using Portal.Core.Model.Templates;

namespace Portal.Build.Classification;

/// <summary>Where the page of a 科目编码 is, so every table row can link to it.</summary>
public static class ClassificationPaths
{
    public const string Index = "classification/";
    public const string Function = "function";
    public const string Economic = "economic";

    /// <summary>The CSV of a 科目's amounts, in its page's folder.</summary>
    public const string CsvFile = "data.csv";

    public static string Of(string kind, string code) => $"{Index}{kind}/{code}/";

    /// <summary>A coded table's rows are 功能分类; an economic (基本支出) table's rows are 经济分类.</summary>
    public static string ForForm(FormDefinition form, string code) => Of(form.Shape == FormShape.Economic ? Economic : Function, code);
}
