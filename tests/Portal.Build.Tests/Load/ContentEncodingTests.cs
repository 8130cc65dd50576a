using System.Text;
using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Load;

/// <summary>Issue 14: a file that is not UTF-8 is refused where its first bad byte is, instead of published as U+FFFD.</summary>
public sealed class ContentEncodingTests
{
    // 机关 in GBK: what a report saved by a GBK editor holds where UTF-8 has E6 9C BA E5 85 B3.
    private static readonly byte[] GbkJiguan = [0xBB, 0xFA, 0xB9, 0xD8];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static string Relative(TempSite site, SourceLocation location) =>
        Path.GetRelativePath(site.Root, Path.GetFullPath(location.File)).Replace('\\', '/');

    [Fact]
    public void A_report_saved_as_GBK_is_refused_at_its_first_GBK_character_with_a_hint_to_save_it_as_UTF8()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        File.WriteAllBytes(Path.Combine(site.Content, "ceshi", "2023.yml"), Concat(Utf8("title: 测试\nkinds: [决算]\nsource: {title: 测试"), GbkJiguan, Utf8(", file: sources/2023.txt}\n")));
        var diagnostics = new DiagnosticBag();

        ContentLoader.Load(site.Content, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("content/ceshi/2023.yml", Relative(site, error.Location!));
        Assert.Equal((BuildStage.Load, 3, 19, (string?)null), (error.Stage, error.Location!.Line, error.Location.Column, error.FieldPath));
        Assert.Equal("line 3 is not UTF-8 text (byte 0xBB): save the file as UTF-8; a file saved as GBK or GB2312 must be converted first (e.g. iconv -f GBK -t UTF-8)", error.Message);
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_is_read_without_it()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        File.WriteAllBytes(Path.Combine(site.Content, "ceshi", "department.yml"), Concat([0xEF, 0xBB, 0xBF], Utf8(TempSite.MinimalDepartment)));
        var diagnostics = new DiagnosticBag();

        var content = ContentLoader.Load(site.Content, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("测试市机关事务局", Assert.Single(content.Departments).Department.Name);
    }

    [Fact]
    public void Invalid_utf8_in_site_yml_is_refused_with_its_line()
    {
        using var site = new TempSite();
        File.WriteAllBytes(Path.Combine(site.Root, "site.yml"), Concat(Utf8("title: 平台\ndescription: 湖南"), [0xFF], Utf8("\n")));
        var diagnostics = new DiagnosticBag();

        Assert.Null(SiteConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("site.yml", Relative(site, error.Location!));
        Assert.Equal((BuildStage.Config, 2, 16), (error.Stage, error.Location!.Line, error.Location.Column));
        Assert.StartsWith("line 2 is not UTF-8 text (byte 0xFF): save the file as UTF-8", error.Message);
    }

    [Fact]
    public void A_source_document_saved_as_GBK_fails_validation_instead_of_being_published_as_garbage()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        File.WriteAllBytes(Path.Combine(site.Content, "ceshi", "sources", "2023.txt"), Concat(Utf8("第一行\n"), GbkJiguan, Utf8("事务局\n")));

        var result = site.Validate();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("content/ceshi/sources/2023.txt", Relative(site, error.Location!));
        Assert.Equal((BuildStage.Validate, 2, 1), (error.Stage, error.Location!.Line, error.Location.Column));
        Assert.StartsWith("line 2 is not UTF-8 text (byte 0xBB): save the file as UTF-8", error.Message);
    }
}
