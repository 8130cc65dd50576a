using System.Globalization;
using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;
using Portal.Core.Model.Tables;

namespace Portal.Build.Tests.Load;

public sealed class PackedAmountsTests
{
    private static string Written(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "null";

    [Fact]
    public void Every_amount_reads_back_with_its_digits_sign_and_scale_and_blanks_stay_blank()
    {
        IReadOnlyList<decimal?>[] rows = [[8.70m, null, -0.00m], [], [123456789012.3456m, -3618.79m, 0m, 1.000000m]];

        var packed = PackedAmounts.Pack(rows);

        Assert.All(packed, row => Assert.IsType<PackedAmounts>(row));
        Assert.Equal(rows.Select(r => r.Select(Written)), packed.Select(r => r.Select(Written)));
        Assert.Equal(["8.70", "null", "0.00"], packed[0].Select(Written));
        Assert.True(decimal.IsNegative(packed[0][2]!.Value));
        Assert.Equal([3, 0, 4], packed.Select(r => r.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => packed[0][3]);
    }

    [Fact]
    public void A_table_with_an_amount_too_long_to_pack_keeps_its_rows_as_read()
    {
        IReadOnlyList<decimal?>[] rows = [[1.5m], [999_999_999_999_999.999999m]];

        var packed = PackedAmounts.Pack(rows);

        Assert.Same(rows, packed);
    }

    [Fact]
    public void A_loaded_table_holds_its_rows_amounts_packed()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var content = ContentLoader.Load(site.Content, new DiagnosticBag());

        var tables = Assert.Single(Assert.Single(content.Departments).Reports).Tables;
        Assert.All(tables.Income!.Rows, row => Assert.IsType<PackedAmounts>(row.Amounts));
        Assert.All(tables.Summary!.Expenditure, row => Assert.IsType<PackedAmounts>(row.Amounts));
        Assert.Equal("922.207", Written(tables.Income.Rows[3].Amounts[0]));
    }
}
