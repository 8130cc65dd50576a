namespace Portal.Core.Model.Templates;

/// <summary>
/// One amount column of a form: the key rules and open data know it by (<c>basic</c>, <c>budget.reception</c>)
/// and its name as printed (基本支出).
/// </summary>
public sealed record FormColumn(string Key, string Name);
