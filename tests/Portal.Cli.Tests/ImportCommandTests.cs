using Portal.Build.Tests.Support;
using static Portal.Cli.Tests.Support.Cli;

namespace Portal.Cli.Tests;

/// <summary><c>portal import</c> from the command line: the summary and the files written, or one error line and exit 1.</summary>
public sealed class ImportCommandTests
{
    private static readonly string PutuoPdf = Path.Combine(RepositoryPaths.Content, "putuo-shegongbu", "sources", "2024.pdf");

    [Fact]
    public void Import_prints_the_summary_and_the_files_it_wrote_and_refuses_a_second_time_without_force()
    {
        using var site = new TempSite();
        var siteFile = Path.Combine(site.Root, "site.yml");

        var first = Run("import", PutuoPdf, "--department", "putuo-shegongbu", "--year", "2024", "--site", siteFile);

        Assert.Equal(0, first.Exit);
        Assert.Equal(string.Empty, first.Errors);
        var lines = first.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("导入 2024.pdf → content/putuo-shegongbu/2024.yml（模板 shanghai：上海市部门决算表（2024年模板，九张表））", lines[0]);
        Assert.Contains("  收入决算表：找到（第6页 (71, 474)、第7页 (71, 505)），18 行，36 格有数字，90 格空白（原表此格空白）", lines);
        Assert.Contains("已写入 content/putuo-shegongbu/2024.yml", lines);
        Assert.Contains("已写入 content/putuo-shegongbu/sources/2024.pdf", lines);
        Assert.Contains("已写入 content/putuo-shegongbu/sources/2024.import.txt", lines);

        var second = Run("import", PutuoPdf, "--department", "putuo-shegongbu", "--year", "2024", "--site", siteFile);
        Assert.Equal(1, second.Exit);
        Assert.Equal(string.Empty, second.Output);
        Assert.Equal("错误：content/putuo-shegongbu/2024.yml 已经存在：portal import 不覆盖它（确要重新导入，请加 --force，会列出改动）\n", second.Errors.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Import_of_a_file_it_cannot_read_is_one_error_line_exit_1_and_nothing_written()
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Sandbox, "report.txt");
        File.WriteAllText(file, "不是 PDF");

        var (exit, output, errors) = Run("import", file, "--department", "ceshi", "--year", "2024", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("错误：report.txt：不能导入 .txt 文件，只能导入 .pdf、.docx 或 .xlsx\n", errors.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(Path.Combine(site.Content, "ceshi")));
    }
}
