using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>公开04 一般公共预算财政拨款 column, 类 by 类 and 本年支出合计 = the 类 rows and 合计 of 公开05.</summary>
public sealed class CrossT04T05Rule : ICheckRule
{
    public string Id => "cross.t04-t05";

    public IEnumerable<Finding?> Check(CheckContext context) =>
        context.Report.Tables is { T04: { } t04, T05: { } t05 }
            ? ClassMatch.Compare(context, Id, StandardTableSpec.T04, t04, 1, StandardTableSpec.T05, t05)
            : [];
}
