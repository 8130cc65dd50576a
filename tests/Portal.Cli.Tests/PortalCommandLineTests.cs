using Portal.Build.Tests.Support;
using static Portal.Cli.Tests.Support.Cli;

namespace Portal.Cli.Tests;

public sealed class PortalCommandLineTests
{
    [Fact]
    public void Build_writes_the_site_and_prints_a_one_line_summary()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var (exit, output, errors) = Run("build", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(0, exit);
        Assert.DoesNotContain(": error:", errors, StringComparison.Ordinal); // the sample's accounts findings are warnings
        Assert.Matches(@"^已生成 \d+ 个页面、\d+ 个文件，写入 .+，用时 \d+\.\d\d 秒\s*$", output);
        Assert.True(File.Exists(Path.Combine(site.Output, "ceshi", "2023", "index.html")));
    }

    [Fact]
    public void Build_incremental_says_when_nothing_changed_and_leaves_the_output_as_it_was()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var siteFile = Path.Combine(site.Root, "site.yml");
        var page = Path.Combine(site.Output, "ceshi", "2023", "index.html");

        var (firstExit, first, _) = Run("build", "--site", siteFile, "--incremental");
        var written = File.GetLastWriteTimeUtc(page);
        var (secondExit, second, _) = Run("build", "--site", siteFile, "--incremental");

        Assert.Equal((0, 0), (firstExit, secondExit));
        Assert.Matches(@"^已生成 \d+ 个页面", first);
        Assert.Matches(@"^自上次生成以来没有改动：.+ 中的 \d+ 个页面、\d+ 个文件保持不变（检查用时 \d+\.\d\d 秒）\s*$", second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(page));
    }

    [Fact]
    public void Build_with_timings_prints_every_stage_and_the_totals_for_the_benchmark_script()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        // --quiet drops the summary line and the checker's warnings, not the timings the benchmark script reads.
        var (exit, output, _) = Run("build", "--site", Path.Combine(site.Root, "site.yml"), "--timings", "--quiet");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("已生成", output, StringComparison.Ordinal);
        foreach (var stage in new[] { "load", "validate", "check", "model", "render", "index", "write" })
        {
            Assert.Matches($@"(?m)^timing stage={stage} seconds=\d+\.\d{{3}} allocated_mb=\d+$", output);
        }

        Assert.Matches(@"(?m)^timing total seconds=\d+\.\d{3} pages=\d+ files=\d+ pages_per_second=\d+ peak_working_set_mb=\d+ cpu_seconds=\d+\.\d\d$", output);
        Assert.Matches(@"(?m)^timing gc pause_seconds=\d+\.\d{3} gen0=\d+ gen1=\d+ gen2=\d+ allocated_gb=\d+\.\d server=(true|false)$", output);
    }

    [Fact]
    public void Bad_content_exits_1_with_one_line_per_problem_and_no_stack_trace()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables.Replace("code: 公开02表", "code: 公开02表\n    colour: red", StringComparison.Ordinal));
        site.Write("content/ceshi/2024.yml", "title: x\nkinds: [决算]\nsource: {title: s, file: sources/2023.txt}\nglossary: {terms: [{term: a}]}\n");

        var (exit, output, errors) = Run("build", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("2023.yml:29:5: error: [load] tables.t02.colour: 不认识的键 'colour'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("2024.yml:4:20: error: [load] glossary.terms[0].definition: 缺少必填的键 'definition'：应填解释，按原样", StringComparison.Ordinal));
        Assert.Contains("2 个错误，0 个警告", errors);
        Assert.Contains("生成失败：上一次生成的网站保持不变", errors);
        Assert.DoesNotContain("   at ", errors);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Validate_checks_content_without_writing()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var (exit, output, _) = Run("validate", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(0, exit);
        Assert.Equal("内容无误（数字之间是否相符，请运行 portal check）\n", output.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_missing_site_yml_is_an_error_that_says_what_to_do()
    {
        var siteFile = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "site.yml");

        var (exit, _, errors) = Run("build", "--site", siteFile);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{Portal.Build.Load.ContentLoader.Display(siteFile)}:1:1: error: [config] 找不到 site.yml：请在网站文件夹里运行 portal，或用 --site 指明 site.yml；新建网站用 portal init 文件夹名"
            + " (site.yml not found: run portal in the site's folder or pass --site <path to site.yml>)\n1 个错误，0 个警告\n生成失败：什么也没有写入\n",
            errors.ReplaceLineEndings("\n"));
    }
}

/// <summary>The command speaks the site's language: Chinese by default, English on a site whose language is en.</summary>
public sealed class CommandLanguageTests
{
    [Fact]
    public void Help_outside_a_site_is_in_chinese()
    {
        var (exit, output, _) = Run("build", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("生成网站（读取 → 校验 → 核对 → 建模 → 渲染 → 索引 → 写入）", output);
        Assert.Contains("有核对错误或占位文字时不发布（退出码 2，什么也不写入）", output);
    }

    [Fact]
    public void An_english_site_gets_english_help_and_messages()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("site.yml", "title: Test portal\nlanguage: en\n");
        var siteFile = Path.Combine(site.Root, "site.yml");

        var help = Run("build", "--help", "--site", siteFile);
        var build = Run("build", "--site", siteFile);

        Assert.Contains("Build the site (load → validate → check → model → render → index → write)", help.Output);
        Assert.Equal(0, build.Exit);
        Assert.Matches(@"^built \d+ pages, \d+ files into .+ in \d+\.\d\d s\s*$", build.Output);
        Assert.Matches(@"Checks: \d+ findings \(\d+ errors, \d+ doubtful, \d+ rounding differences\)", build.Errors);
    }
}
