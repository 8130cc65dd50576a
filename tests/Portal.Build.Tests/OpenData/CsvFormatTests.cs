using System.Text;
using Portal.Build.OpenData;

namespace Portal.Build.Tests.OpenData;

public sealed class CsvFormatTests
{
    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_amounts_keep_their_decimals()
    {
        var table = new DataTable("t99", "公开99表", "测试", "万元",
            [new DataColumn("名称", DataColumnKind.Text), new DataColumn("金额", DataColumnKind.Amount)],
            [["甲,乙", 1.50m], ["说\"明\"", null], ["两\n行", 0.00m]]);

        var text = Encoding.UTF8.GetString(CsvFormat.Write(table)[3..]);

        Assert.Equal("名称,金额\r\n\"甲,乙\",1.50\r\n\"说\"\"明\"\"\",\r\n\"两\n行\",0.00\r\n", text);
    }
}
