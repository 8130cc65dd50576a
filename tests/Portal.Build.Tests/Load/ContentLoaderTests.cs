using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Load;

public sealed class ContentLoaderTests
{
    private static (Core.Model.ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics) Load(TempSite site)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(site.Content, diagnostics);
        return (content, diagnostics.Items);
    }

    [Fact]
    public void Departments_and_their_errors_come_out_in_folder_order_though_folders_are_read_in_parallel()
    {
        using var site = new TempSite();
        var slugs = Enumerable.Range(0, 40).Select(i => $"dept-{i:00}").ToArray();
        foreach (var slug in slugs)
        {
            site.WithReport(slug, 2023, SampleReports.WithTables.Replace("code: 公开02表", "code: 公开02表\n    colour: red", StringComparison.Ordinal));
        }

        var (content, diagnostics) = Load(site);

        Assert.Equal(slugs, content.Departments.Select(d => d.Department.Slug));
        Assert.Equal(slugs, diagnostics.Select(d => d.Location!.File.Split('/', '\\')[^2]));
    }

    [Fact]
    public void A_valid_report_loads_with_its_tables_and_exact_decimals()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var (content, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        var report = Assert.Single(Assert.Single(content.Departments).Reports);
        Assert.Equal(2023, report.Year);
        Assert.Equal("ceshi", report.DepartmentSlug);
        var row = report.Tables.Income!.Rows[3];
        Assert.Equal("2010301", row.Code);
        Assert.Equal(3, row.Depth);
        Assert.Equal("922.207", row.Amounts[0]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(row.Amounts[6]);
        Assert.Equal("100.5", report.Tables.Summary!.Expenditure[0].Amounts[0]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.50m, report.Tables.Sangong!.Actual!.Reception);
        Assert.NotNull(report.Tables.GovFund!.Info.NoData);
        Assert.Null(report.Tables.Expenditure);
    }

    [Fact]
    public void Reports_of_different_departments_share_one_copy_of_each_row_name_and_code_but_not_of_their_prose()
    {
        // A paragraph is longer than any pooled text (TextPool.MaxPooledLength) and printed by one report only, in practice.
        var paragraph = string.Concat(Enumerable.Repeat("负责全市党政机关办公用房、公务用车、公共机构节能和机关后勤保障等事务的管理与服务工作。", 8));
        var explained = SampleReports.WithTables.Replace("负责<script>alert(1)</script>机关事务。", paragraph, StringComparison.Ordinal);
        using var site = new TempSite().WithReport("bumen-a", 2023, explained).WithReport("bumen-b", 2023, explained);

        var (content, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        var (a, b) = (content.Departments[0].Reports[0], content.Departments[1].Reports[0]);
        // Read as written, each report's copy of a repeated text is a string of its own (issue 17: a third of the content).
        Assert.Same(a.Tables.Income!.Rows[3].Name, b.Tables.Income!.Rows[3].Name);
        Assert.Same(a.Tables.Income.Rows[3].Code, b.Tables.Income.Rows[3].Code);
        Assert.Same(a.Title, b.Title);
        var (bodyA, bodyB) = (a.Overview!.Sections[0].Body, b.Overview!.Sections[0].Body);
        Assert.Equal(bodyA, bodyB);
        Assert.NotSame(bodyA, bodyB);
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_file_line_and_column()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, "title: x\nkinds: [决算\nsource: {title: a, file: b}\n");

        var (_, diagnostics) = Load(site);

        var error = Assert.Single(diagnostics);
        Assert.Equal(BuildStage.Load, error.Stage);
        Assert.EndsWith(Path.Combine("ceshi", "2023.yml"), error.Location!.File);
        Assert.True(error.Location.Line >= 2, error.ToString());
        Assert.Contains("YAML 格式错误", error.Message);
    }

    [Fact]
    public void An_unknown_key_names_its_path_and_the_allowed_keys()
    {
        var yaml = SampleReports.WithTables.Replace("    code: 公开02表", "    code: 公开02表\n    colour: red", StringComparison.Ordinal);
        using var site = new TempSite().WithReport("ceshi", 2023, yaml);

        var (_, diagnostics) = Load(site);

        var error = Assert.Single(diagnostics);
        Assert.Equal("tables.t02.colour", error.FieldPath);
        Assert.Contains("不认识的键 'colour'", error.Message);
        Assert.Contains("rows", error.Message);
        Assert.Equal(29, error.Location!.Line);
        Assert.Equal(5, error.Location.Column);
    }

    [Fact]
    public void A_wrong_type_says_what_was_expected_and_where()
    {
        var yaml = SampleReports.WithTables.Replace("[\"201\", 一般公共服务支出, 100.50,", "[\"201\", 一般公共服务支出, 一百,", StringComparison.Ordinal);
        using var site = new TempSite().WithReport("ceshi", 2023, yaml);

        var (_, diagnostics) = Load(site);

        var error = Assert.Single(diagnostics);
        Assert.Equal("tables.t02.rows[1][2]", error.FieldPath);
        Assert.Equal("应填金额（数字，如 3618.79；未公开填 null），现在是 \"一百\"", error.Message);
        Assert.Equal(31, error.Location!.Line);
    }

    [Fact]
    public void A_thousands_separator_gets_a_hint()
    {
        var yaml = SampleReports.WithTables.Replace("[3, 总计, 100.50]", "[3, 总计, \"1,100.50\"]", StringComparison.Ordinal);
        using var site = new TempSite().WithReport("ceshi", 2023, yaml);

        var error = Assert.Single(Load(site).Diagnostics);

        Assert.Equal("tables.t01.income[2][2]", error.FieldPath);
        Assert.Contains("里不要写千位分隔符", error.Message);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_names_the_columns()
    {
        var yaml = SampleReports.WithTables.Replace("[null, 合计, 100.50, 100.50, 0.00, 0.00, 0.00, 0.00, 0.00]", "[null, 合计, 100.50]", StringComparison.Ordinal);
        using var site = new TempSite().WithReport("ceshi", 2023, yaml);

        var error = Assert.Single(Load(site).Diagnostics);

        Assert.Equal("tables.t02.rows[0]", error.FieldPath);
        Assert.Equal("这一行应有 9 格 [科目编码, 科目名称, 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入]，现在是 3 格", error.Message);
    }

    [Fact]
    public void A_missing_required_field_is_reported()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, "kinds: [决算]\nsource: {title: 来源, file: sources/2023.txt}\nglossary: {terms: []}\n");

        var error = Assert.Single(Load(site).Diagnostics);

        Assert.Equal("title", error.FieldPath);
        Assert.Equal("缺少必填的键 'title'：应填报告标题，例如 怀化市机关事务管理局2023年度部门决算", error.Message);
        Assert.Equal(1, error.Location!.Line);
    }

    [Theory]
    [InlineData("1999.yml")]
    [InlineData("23.yml")]
    [InlineData("report.yml")]
    [InlineData("2023.yaml")]
    public void A_bad_year_file_name_is_rejected(string fileName)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write($"content/ceshi/{fileName}", SampleReports.WithTables);

        var error = Assert.Single(Load(site).Diagnostics);

        Assert.Equal($"报告文件名 '{fileName}' 不合要求：应是 <年度>.yml，年度在 2000 到 2100 之间，例如 2023.yml", error.Message);
    }

    [Theory]
    [InlineData("Huaihua")]
    [InlineData("huai_hua")]
    [InlineData("怀化")]
    public void A_bad_department_slug_is_rejected(string slug)
    {
        using var site = new TempSite().WithReport(slug, 2023, SampleReports.WithTables);

        var error = Assert.Single(Load(site).Diagnostics);

        Assert.Equal($"部门文件夹名 '{slug}' 不合要求：只能用小写英文字母和数字，用 '-' 连接，例如 huaihua-jiguan-shiwu", error.Message);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_together()
    {
        using var site = new TempSite()
            .WithReport("alpha", 2022, "title: a\nkinds: [决算]\nsource: {title: s, file: sources/2022.txt}\nglossary: {terms: []}\nextra: 1\n")
            .WithReport("beta", 2023, "title: b\nkinds: [预算]\nsource: {title: s, file: sources/2023.txt}\nglossary: {terms: []}\n");
        site.Write("content/beta/department.yml", "name: 乙\nprovince: 湖南省\nlevel: town\n");

        var diagnostics = Load(site).Diagnostics;

        Assert.Equal(3, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.FieldPath == "extra");
        Assert.Contains(diagnostics, d => d.FieldPath == "kinds[0]" && d.Message.Contains("预算"));
        Assert.Contains(diagnostics, d => d.FieldPath == "level" && d.Message.Contains("town"));
    }

    [Fact]
    public void A_diagnostic_prints_as_one_line_with_location_stage_and_path()
    {
        var diagnostic = new Diagnostic(BuildStage.Load, Severity.Error, new SourceLocation("content/a/2023.yml", 12, 5), "tables.t02.rows[3][2]", "expected an amount");

        Assert.Equal("content/a/2023.yml:12:5: error: [load] tables.t02.rows[3][2]: expected an amount", diagnostic.ToString());
    }
}
