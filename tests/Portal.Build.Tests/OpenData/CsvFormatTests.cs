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

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点击\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void A_text_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string cell, string written)
    {
        var table = new DataTable("t99", "公开99表", "测试", "万元", [new DataColumn("名称", DataColumnKind.Text)], [[cell]]);

        var text = Encoding.UTF8.GetString(CsvFormat.Write(table)[3..]);

        Assert.Equal($"名称\r\n{written}\r\n", text);
    }

    [Fact]
    public void Negative_amounts_and_plain_numbers_written_as_text_stay_numbers()
    {
        var table = new DataTable("t99", "公开99表", "测试", "万元",
            [new DataColumn("名称", DataColumnKind.Text), new DataColumn("金额", DataColumnKind.Amount)],
            [["-12.50", -12.50m], ["+3", -0.01m], ["-5%", null]]);

        var text = Encoding.UTF8.GetString(CsvFormat.Write(table)[3..]);

        Assert.Equal("名称,金额\r\n-12.50,-12.50\r\n+3,-0.01\r\n-5%,\r\n", text);
    }
}
