namespace Portal.Core.Model.Templates;

/// <summary>How a form's figures are laid out, which decides how its rows are written in YAML and read.</summary>
public enum FormShape
{
    /// <summary>收入 beside 支出: one line per printed row on each side (收入支出决算总表, 财政拨款收入支出决算总表).</summary>
    TwoSided,

    /// <summary>Rows by 功能分类 code, one amount per column (收入表, 支出表, 一般公共预算支出表 …).</summary>
    Coded,

    /// <summary>Rows by 经济分类 code in printed side-by-side groups, with 人员经费/公用经费 合计 (基本支出表).</summary>
    Economic,

    /// <summary>A fixed set of named cells, no rows (三公经费表).</summary>
    Fixed,

    /// <summary>Rows of cells under a printed header, with no identity Portal knows (a template's own forms).</summary>
    FreeForm,
}
