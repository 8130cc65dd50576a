using Portal.Build.Load.Templates;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;
using Portal.Core.Model.Templates;

namespace Portal.Build.Tests.Templates;

/// <summary>A site declares a province's template in one YAML file, with no C# change, and publishes by it.</summary>
public sealed class SiteTemplateTests
{
    // 机关运行经费表 first (a form no shipped template has), then a 一般公共预算 table under its own id and anchor.
    private const string Template = """
        name: ceshi
        title: 测试省部门决算表
        blank: nothing
        forms:
          - id: yunxing
            role: operating_costs
            shape: free_form
            label: 表一
            title: 机关运行经费支出表
            required: true
            columns:
              - item: 项目
              - budget: 预算数
              - actual: 决算数
            header:
              - [项目, 预算数, 决算数]
          - id: yiban
            role: general_budget
            shape: coded
            label: 表二
            title: 一般公共预算财政拨款支出决算表
            anchor: yiban
            columns:
              - total: 合计
              - basic: 基本支出
              - project: 项目支出
            header:
              - [{text: 项目, cols: 2}, {text: 本年支出, cols: 3}]
              - [功能分类科目编码, 科目名称, 合计, 基本支出, 项目支出]
        """;

    private const string Report = """
        title: 测试市机关事务局2023年度部门决算
        kinds: [决算]
        template: ceshi
        source: {title: 测试市机关事务局2023年度部门决算公开, file: sources/2023.txt}
        tables:
          yiban:
            source_line: 2
            rows:
              - [null, 合计, 30.00, 20.00, 10.00]
              - ["201", 一般公共服务支出, 31.00, 20.00, 10.00]
          yunxing:
            rows:
              - [机关运行经费, 12.00, 11.50]
        """;

    [Fact]
    public void A_template_declared_only_in_yaml_loads_renders_downloads_and_is_checked_by_role()
    {
        using var site = new TempSite().Write("content/_templates/ceshi.yml", Template).WithReport("ceshi", 2023, Report);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.ReadOutput("ceshi/2023/index.html");
        // Printed order is the template's, not the YAML's: 表一 before 表二.
        Assert.True(page.IndexOf("机关运行经费支出表", StringComparison.Ordinal) < page.IndexOf("一般公共预算财政拨款支出决算表", StringComparison.Ordinal));
        Assert.Contains("<section id=\"operating-costs-table\" class=\"std-table\">", page);
        Assert.Contains("<section id=\"yiban\" class=\"std-table\">", page);
        Assert.Contains("<h3 id=\"general-budget-table\"><span class=\"table-code\">表二</span> 一般公共预算财政拨款支出决算表</h3>", page);
        Assert.Contains("<tr><th scope=\"colgroup\" colspan=\"2\">项目</th><th scope=\"colgroup\" colspan=\"3\">本年支出</th></tr>", page);
        Assert.DoesNotContain("公开0", page);
        Assert.DoesNotContain("行次", page);
        Assert.StartsWith("部门,年度,单位,来源,项目,预算数,决算数\r\n测试市机关事务局,2023,万元,测试市机关事务局2023年度部门决算公开,机关运行经费,12.00,11.50", site.ReadOutput("ceshi/2023/data/yunxing.csv"));
        Assert.Contains("201,一般公共服务支出,31.00,20.00,10.00", site.ReadOutput("ceshi/2023/data/yiban.csv"));

        var finding = Assert.Single(result.Findings, f => f.Rule == "general-budget.row-total");
        Assert.Equal("yiban", finding.Table);
        Assert.Equal("tables.yiban.rows[1][2]", finding.FieldPath);
        Assert.Contains("表二 201 一般公共服务支出 的“合计”印为31.00万元", finding.Message);
        Assert.Contains("id=\"cell-yiban-rows-1-2\"", page);
    }

    [Fact]
    public void A_required_table_of_a_site_template_is_missing_by_its_own_name()
    {
        var report = Report[..Report.IndexOf("  yunxing:", StringComparison.Ordinal)];
        using var site = new TempSite().Write("content/_templates/ceshi.yml", Template).WithReport("ceshi", 2023, report);

        var result = site.Build();

        var finding = Assert.Single(result.Findings, f => f.Rule == "complete.tables");
        Assert.Equal("部门决算应公开测试省部门决算表全部1张表，本报告缺少1张：表一机关运行经费支出表。", finding.Message);
    }

    [Fact]
    public void A_mistake_in_a_template_file_is_reported_at_its_line_like_content()
    {
        using var site = new TempSite()
            .Write("content/_templates/ceshi.yml", Template.Replace("shape: coded", "shape: codded", StringComparison.Ordinal))
            .WithReport("ceshi", 2023, Report);

        var result = site.Validate();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith(Path.Combine("content", "_templates", "ceshi.yml"), error.Location!.File);
        Assert.Equal((19, 12), (error.Location.Line, error.Location.Column));
        Assert.Equal("forms[1].shape", error.FieldPath);
        Assert.Contains("expected one of two_sided, coded, economic, fixed, free_form, found \"codded\"", error.Message);
    }

    [Fact]
    public void A_report_naming_an_unknown_template_is_told_which_exist()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, Report.Replace("template: ceshi", "template: shanghia", StringComparison.Ordinal));

        var result = site.Validate();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("template", 3), (error.FieldPath, error.Location!.Line));
        Assert.Contains("unknown template \"shanghia\": expected one of hunan, shanghai, sichuan", error.Message);
    }

    [Fact]
    public void Portal_ships_the_hunan_shanghai_and_sichuan_templates_in_their_printed_order()
    {
        var shipped = TemplateCatalog.Shipped;

        Assert.Equal(["hunan", "shanghai", "sichuan"], shipped.Names);
        Assert.Equal(["t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09"], shipped.Find("hunan")!.Forms.Select(f => f.Id));
        // 上海: 三公 is the seventh table, and the ninth is a 收入支出 table with 年初/年末结转和结余.
        var shanghai = shipped.Find("shanghai")!;
        Assert.Equal(TableRole.Sangong, shanghai.Forms[6].Role);
        Assert.Equal(["opening", "income", "expenditure_total", "basic", "project", "closing"], shanghai.Forms[8].Columns.Select(c => c.Key));
        Assert.All(shanghai.Forms, f => Assert.Null(f.Label));
        Assert.All(shanghai.Forms, f => Assert.False(f.PrintsLineNumbers));
        Assert.Equal(14, shipped.Find("sichuan")!.Forms.Count);
        Assert.All(shipped.Find("sichuan")!.Forms, f => Assert.Equal(FormShape.FreeForm, f.Shape));
    }

    [Fact]
    public void A_template_that_prints_codes_split_shows_lei_kuan_xiang_in_three_columns_from_the_whole_code()
    {
        const string split = """
            name: fenlie
            title: 类款项分列的模板
            codes: split
            forms:
              - id: yiban
                role: general_budget
                shape: coded
                title: 一般公共预算财政拨款支出决算表
                columns:
                  - total: 合计
                  - basic: 基本支出
                  - project: 项目支出
                header:
                  - [{text: 科目编码, cols: 3}, {text: 科目名称, rows: 2}, {text: 合计, rows: 2}, {text: 基本支出, rows: 2}, {text: 项目支出, rows: 2}]
                  - [类, 款, 项]
            """;
        var report = Report.Replace("template: ceshi", "template: fenlie", StringComparison.Ordinal);
        report = report[..report.IndexOf("  yunxing:", StringComparison.Ordinal)].Replace("[\"201\", 一般公共服务支出, 31.00", "[\"2010301\", 行政运行, 30.00", StringComparison.Ordinal);
        using var site = new TempSite().Write("content/_templates/fenlie.yml", split).WithReport("ceshi", 2023, report);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.ReadOutput("ceshi/2023/index.html");
        Assert.Contains("<tr><th scope=\"col\">类</th><th scope=\"col\">款</th><th scope=\"col\">项</th></tr>", page);
        Assert.Contains("<td class=\"code\"><a href=\"../../classification/function/2010301/\">201</a></td><td class=\"code\"><a href=\"../../classification/function/2010301/\">03</a></td><td class=\"code\"><a href=\"../../classification/function/2010301/\">01</a></td><th scope=\"row\" class=\"name\">行政运行</th>", page);
        Assert.Contains("2010301,行政运行,30.00,20.00,10.00", site.ReadOutput("ceshi/2023/data/yiban.csv"));
    }
}
