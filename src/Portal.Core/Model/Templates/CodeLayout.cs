namespace Portal.Core.Model.Templates;

/// <summary>
/// How a template prints 科目编码: in one column (<c>2080505</c>), or split into 类/款/项 columns (<c>208 05 05</c>;
/// 经济分类 into 类/款). Content always writes the whole code; only the page prints it split.
/// </summary>
public enum CodeLayout
{
    Joined,
    Split,
}
