using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>公开01 expenditure 类 lines and 本年支出合计 = the 类 rows and 合计 of 公开03.</summary>
public sealed class CrossT01T03Rule : ICheckRule
{
    public string Id => "cross.t01-t03";

    public IEnumerable<Finding?> Check(CheckContext context) =>
        context.Report.Tables is { T01: { } t01, T03: { } t03 }
            ? ClassMatch.Compare(context, Id, StandardTableSpec.T01, t01, 0, StandardTableSpec.T03, t03)
            : [];
}
