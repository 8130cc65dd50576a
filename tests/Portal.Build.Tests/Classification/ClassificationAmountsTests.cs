using Portal.Build.Classification;
using Portal.Core.Model.Templates;

namespace Portal.Build.Tests.Classification;

public sealed class ClassificationAmountsTests
{
    private static readonly FormColumn[] Columns = [new("total", "合计"), new("basic", "基本支出"), new("project", "项目支出")];

    [Fact]
    public void A_row_reads_as_each_column_name_with_its_amount_in_the_forms_order()
    {
        var amounts = new ClassificationAmounts(Columns, [922.207m, null, 12.5m]);

        ClassificationAmount[] expected = [new("合计", 922.207m), new("基本支出", null), new("项目支出", 12.5m)];
        Assert.Equal(expected, amounts);
        Assert.Equal(new ClassificationAmount("项目支出", 12.5m), amounts[2]);
    }

    [Fact]
    public void A_row_shorter_than_its_form_pairs_only_the_amounts_it_prints()
    {
        var amounts = new ClassificationAmounts(Columns, [5m]);

        Assert.Single(amounts);
        Assert.Equal(new ClassificationAmount("合计", 5m), amounts[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => amounts[1]);
    }
}
