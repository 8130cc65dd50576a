using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.VisualBasic.FileIO;
using NJsonSchema;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.OpenData;

/// <summary>The sample site's data files, read back with tools a journalist's would resemble.</summary>
public sealed class OpenDataFilesTests : IClassFixture<SampleSite>
{
    private const string Huaihua = "huaihua-jiguan-shiwu/2023/";

    /// <summary>The columns every table CSV starts with, so concatenated files keep their origin.</summary>
    private static readonly string[] Origin = ["部门", "年度", "单位", "来源"];

    private static readonly string[] HuaihuaOrigin = ["怀化市机关事务管理局", "2023", "万元", "怀化市机关事务管理局2023年度部门决算公开"];
    private readonly SampleSite _site;

    public OpenDataFilesTests(SampleSite site) => _site = site;

    [Fact]
    public void A_table_csv_starts_with_a_utf8_bom_and_opens_with_the_official_columns()
    {
        var bytes = File.ReadAllBytes(_site.PathOf(Huaihua + "data/t02.csv"));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ReadCsv(bytes);
        Assert.Equal([.. Origin, "科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], rows[0]);
        Assert.Equal([.. HuaihuaOrigin, "", "合计", "3865.52", "3618.79", "0.00", "0.00", "0.00", "0.00", "246.73"], rows[1]);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
    }

    [Fact]
    public void The_two_sided_table_01_lists_both_sides_with_their_printed_lines()
    {
        var rows = ReadCsv(File.ReadAllBytes(_site.PathOf(Huaihua + "data/t01.csv")));

        Assert.Equal([.. Origin, "收支", "行次", "项目", "决算数"], rows[0]);
        Assert.Contains(rows, r => r[4] == "收入" && r[6].EndsWith("总计", StringComparison.Ordinal) && r[7] == "3865.52");
        Assert.Contains(rows, r => r[4] == "支出" && r[6].Contains("本年支出合计", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sangong_csv_has_a_budget_row_and_an_actual_row()
    {
        var rows = ReadCsv(File.ReadAllBytes(_site.PathOf(Huaihua + "data/t09.csv")));

        Assert.Equal([.. Origin, "口径", "合计", "因公出国（境）费", "公务用车购置及运行维护费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"], rows[0]);
        Assert.Equal(["预算数", "决算数"], rows.Skip(1).Select(r => r[4]));
    }

    [Fact]
    public void A_table_json_holds_the_same_rows_keyed_by_column_name_with_chinese_as_characters()
    {
        var text = File.ReadAllText(_site.PathOf(Huaihua + "data/t02.json"), Encoding.UTF8);
        using var json = JsonDocument.Parse(text);

        Assert.Contains("科目名称", text);
        Assert.DoesNotContain("\\u", text);
        var first = json.RootElement.GetProperty("rows")[0];
        Assert.Equal("合计", first.GetProperty("科目名称").GetString());
        Assert.Equal("3865.52", first.GetProperty("本年收入合计").GetRawText());
        var csvRows = ReadCsv(File.ReadAllBytes(_site.PathOf(Huaihua + "data/t02.csv")));
        Assert.Equal(csvRows.Length - 1, json.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void Every_published_table_on_a_report_page_links_its_csv_and_json_and_the_files_exist()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(_site.PathOf(Huaihua + "index.html")));

        foreach (var id in new[] { "t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09" })
        {
            var links = document.QuerySelectorAll($"#{id} .downloads a").Select(a => a.GetAttribute("href") ?? string.Empty).ToArray();
            Assert.Equal([$"../../{Huaihua}data/{id}.csv", $"../../{Huaihua}data/{id}.json"], links);
            Assert.All(links, href => Assert.True(File.Exists(_site.PathOf(href[6..])), href));
        }
    }

    [Fact]
    public void Each_report_has_its_full_data_as_json_including_narrative_and_headline()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(_site.PathOf(Huaihua + "data/report.json")));
        var root = json.RootElement;

        Assert.Equal("怀化市机关事务管理局", root.GetProperty("department").GetProperty("name").GetString());
        Assert.Equal(2023, root.GetProperty("report").GetProperty("year").GetInt32());
        Assert.True(root.GetProperty("report").GetProperty("explanation").GetProperty("sections").GetArrayLength() > 0);
        Assert.Equal(9, root.GetProperty("tables").GetArrayLength());
        Assert.False(root.GetProperty("report").TryGetProperty("file_path", out _), "loader bookkeeping leaked into report.json");
        Assert.Equal("收支总计", root.GetProperty("headline")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task The_datapackage_validates_against_the_published_tabular_data_package_schema()
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaFile("tabular-data-package.json")));
        var package = File.ReadAllText(_site.PathOf("datapackage.json"));

        var errors = schema.Validate(package);
        var broken = schema.Validate(package.Replace("\"profile\": \"tabular-data-resource\"", "\"profile\": 7", StringComparison.Ordinal));

        Assert.Empty(errors.Select(e => e.ToString()));
        Assert.NotEmpty(broken);
    }

    [Fact]
    public void The_datapackage_written_resource_by_resource_is_byte_for_byte_the_whole_json_tree_serialized()
    {
        var written = File.ReadAllBytes(_site.PathOf("datapackage.json"));

        var whole = Portal.Build.OpenData.OpenDataJson.Serialize(System.Text.Json.Nodes.JsonNode.Parse(written));

        Assert.Equal(Encoding.UTF8.GetString(whole), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Every_datapackage_resource_exists_and_its_fields_are_the_csv_header()
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(_site.PathOf("datapackage.json")));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToArray();

        // One resource per table CSV of every report (<slug>/<year>/data/<form id>.csv), whatever the template.
        var tableCsvs = Directory.GetFiles(_site.Output, "*.csv", System.IO.SearchOption.AllDirectories)
            .Count(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetRelativePath(_site.Output, f).Replace('\\', '/'), @"^[a-z0-9-]+/[0-9]{4}/data/[a-z0-9-]+\.csv\z"));
        // …and the tidy figures.csv.
        Assert.Equal(tableCsvs + 1, resources.Length);
        Assert.Equal(19, resources.Length);
        Assert.Contains(resources, r => r.GetProperty("path").GetString() == "data/figures.csv");
        foreach (var resource in resources)
        {
            var header = ReadCsv(File.ReadAllBytes(_site.PathOf(resource.GetProperty("path").GetString()!)))[0];
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToArray();
            Assert.Equal(header, fields);
        }
    }

    [Fact]
    public void Amount_fields_carry_the_fiscal_phase_and_code_fields_their_classification()
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(_site.PathOf("datapackage.json")));
        var t06 = package.RootElement.GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "huaihua-jiguan-shiwu-2023-t06");
        var fields = t06.GetProperty("schema").GetProperty("fields").EnumerateArray().ToArray();

        Assert.Equal("economic", fields.Single(f => f.GetProperty("name").GetString() == "科目编码").GetProperty("classificationType").GetString());
        var amount = fields.Single(f => f.GetProperty("name").GetString() == "决算数");
        Assert.Equal("executed", amount.GetProperty("phase").GetString());
        Assert.Equal("expenditure", amount.GetProperty("direction").GetString());
    }

    [Fact]
    public void The_archive_holds_the_datapackage_and_every_data_file_byte_for_byte()
    {
        using var zip = ZipFile.OpenRead(_site.PathOf("data/portal-data.zip"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("datapackage.json", names);
        var dataFiles = Directory.GetFiles(_site.Output, "*", System.IO.SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .Where(f => f.Contains("/data/", StringComparison.Ordinal) && !f.StartsWith("data/", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(dataFiles);
        foreach (var file in dataFiles)
        {
            using var entry = new MemoryStream();
            zip.GetEntry(file)!.Open().CopyTo(entry);
            Assert.Equal(File.ReadAllBytes(_site.PathOf(file)), entry.ToArray());
        }
    }

    [Fact]
    public void The_data_page_links_the_archive_the_datapackage_and_every_report()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(_site.PathOf("data/index.html")));
        var hrefs = document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();

        Assert.Contains("../data/portal-data.zip", hrefs);
        Assert.Contains("../datapackage.json", hrefs);
        Assert.Contains("../data/figures.csv", hrefs);
        Assert.Contains("../checks.csv", hrefs);
        Assert.Contains("../huaihua-jiguan-shiwu/2023/data/report.json", hrefs);
        Assert.Contains("../zhuzhou-shifeng-jiguan-shiwu/2023/data/report.json", hrefs);
    }

    [Fact]
    public void The_figures_csv_holds_every_printed_amount_once_with_its_origin_and_the_figures_stated_in_the_text()
    {
        var rows = ReadCsv(File.ReadAllBytes(_site.PathOf("data/figures.csv")));

        Assert.Equal(["部门", "部门标识", "年度", "表号", "表名", "行", "收支", "科目编码", "项目", "栏目", "金额", "单位", "来源"], rows[0]);
        Assert.Contains(["怀化市机关事务管理局", "huaihua-jiguan-shiwu", "2023", "公开02表", "收入决算表", "1", "", "", "合计", "本年收入合计", "3865.52", "万元", "怀化市机关事务管理局2023年度部门决算公开"], rows);
        Assert.Contains(["怀化市机关事务管理局", "huaihua-jiguan-shiwu", "2023", "正文", "", "", "", "", "机关运行经费", "", "1000.72", "万元", "怀化市机关事务管理局2023年度部门决算公开"], rows);

        // As many table rows as there are amounts in the template tables' CSVs (each past its 4 origin columns).
        using var package = JsonDocument.Parse(File.ReadAllBytes(_site.PathOf("datapackage.json")));
        var printed = 0;
        foreach (var resource in package.RootElement.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("name").GetString() != "figures"))
        {
            var amountColumns = resource.GetProperty("schema").GetProperty("fields").EnumerateArray()
                .Select((f, i) => (Type: f.GetProperty("type").GetString(), Index: i)).Where(f => f.Type == "number").Select(f => f.Index).ToArray();
            printed += ReadCsv(File.ReadAllBytes(_site.PathOf(resource.GetProperty("path").GetString()!))).Skip(1).Sum(r => amountColumns.Count(i => r[i].Length > 0));
        }

        Assert.Equal(printed, rows.Skip(1).Count(r => r[3] != "正文"));
    }

    [Fact]
    public void The_archive_holds_the_comparison_csvs_and_the_checks_byte_for_byte()
    {
        using var zip = ZipFile.OpenRead(_site.PathOf("data/portal-data.zip"));
        var compare = Directory.GetFiles(_site.PathOf("compare"), "*.csv", System.IO.SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/')).ToArray();

        Assert.NotEmpty(compare);
        foreach (var file in compare.Append("checks.csv").Append("checks.json").Append("data/figures.csv"))
        {
            using var entry = new MemoryStream();
            Assert.True(zip.GetEntry(file) is not null, file);
            zip.GetEntry(file)!.Open().CopyTo(entry);
            Assert.Equal(File.ReadAllBytes(_site.PathOf(file)), entry.ToArray());
        }
    }

    [Fact]
    public void The_checks_csv_has_a_row_per_finding_of_checks_json()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(_site.PathOf("checks.json")));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        var rows = ReadCsv(File.ReadAllBytes(_site.PathOf("checks.csv")));

        Assert.Equal(findings.Length, rows.Length - 1);
        Assert.Equal(["department", "department_name", "year", "severity", "severity_name", "rule", "table", "code", "column", "stated", "computed", "message", "file", "line", "field_path", "page"], rows[0]);
        Assert.Equal(findings.Select(f => f.GetProperty("message").GetString()).Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r[11]).Order(StringComparer.Ordinal));
        Assert.Equal(findings.Select(f => f.GetProperty("file").GetString()).Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r[12]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_datapackage_names_the_licence_of_site_yml_every_source_document_and_a_dated_version()
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(_site.PathOf("datapackage.json")));
        var root = package.RootElement;

        var license = Assert.Single(root.GetProperty("licenses").EnumerateArray());
        Assert.Equal("知识共享署名 4.0 国际许可协议（CC BY 4.0）", license.GetProperty("title").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/deed.zh-hans", license.GetProperty("path").GetString());
        var sources = root.GetProperty("sources").EnumerateArray().ToArray();
        Assert.Equal(6, sources.Length);
        Assert.All(sources, s => Assert.True(File.Exists(_site.PathOf(s.GetProperty("path").GetString()!)), s.GetProperty("path").GetString()));
        Assert.Contains(sources, s => s.GetProperty("title").GetString() == "怀化市机关事务管理局2023年度部门决算公开（怀化市机关事务管理局）");
        Assert.Matches(@"^[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2}\z", root.GetProperty("version").GetString());
        Assert.StartsWith(root.GetProperty("version").GetString()!.Split('.')[0], root.GetProperty("created").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/index.html")]
    [InlineData("compare/index.html")]
    [InlineData("classification/index.html")]
    [InlineData("classification/function/2010301/index.html")]
    public void Every_data_page_says_the_licence_and_when_the_data_was_updated(string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(_site.PathOf(page)));
        using var package = JsonDocument.Parse(File.ReadAllBytes(_site.PathOf("datapackage.json")));

        var terms = document.QuerySelector("main p.data-terms")!;
        var license = terms.QuerySelector("a[rel=license]")!;
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/deed.zh-hans", license.GetAttribute("href"));
        Assert.Equal("知识共享署名 4.0 国际许可协议（CC BY 4.0）", license.TextContent);
        Assert.Equal(package.RootElement.GetProperty("created").GetString()![..10], terms.QuerySelector("time")!.GetAttribute("datetime"));
    }

    private static string SchemaFile(string name) => Path.Combine(AppContext.BaseDirectory, "OpenData", "Schemas", name);

    private static string[][] ReadCsv(byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8, detectEncoding: true);
        parser.SetDelimiters(",");
        parser.HasFieldsEnclosedInQuotes = true;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return [.. rows];
    }
}
