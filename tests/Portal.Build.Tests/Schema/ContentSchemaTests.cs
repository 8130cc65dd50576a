using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using Portal.Build.Schema;
using Portal.Build.Tests.Support;
using Portal.Core.Model;
using Portal.Core.Model.Narrative;
using Portal.Core.Model.Tables;

namespace Portal.Build.Tests.Schema;

/// <summary>The shipped JSON Schemas accept every sample file, reject what the loader rejects, and speak Chinese.</summary>
public sealed class ContentSchemaTests
{
    public static TheoryData<string> ReportFiles() => [.. Directory.GetFiles(RepositoryPaths.Content, "*.yml", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != "department.yml").Select(f => Path.GetRelativePath(RepositoryPaths.Content, f))];

    public static TheoryData<string> DepartmentFiles() => [.. Directory.GetFiles(RepositoryPaths.Content, "department.yml", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepositoryPaths.Content, f))];

    [Theory]
    [MemberData(nameof(ReportFiles))]
    public async Task Every_sample_report_file_validates_against_the_report_schema(string file)
    {
        var errors = await ValidateAsync(ContentSchemas.ReportFile, File.ReadAllText(Path.Combine(RepositoryPaths.Content, file)));

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(DepartmentFiles))]
    public async Task Every_sample_department_file_validates_against_the_department_schema(string file)
    {
        var errors = await ValidateAsync(ContentSchemas.DepartmentFile, File.ReadAllText(Path.Combine(RepositoryPaths.Content, file)));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("tables:\n  t02:\n    title: 收入决算表\n    code: 公开02表\n    rows:\n      - [201, 一般公共服务支出, 1, 1, 0, 0, 0, 0, 0]\n", "unquoted code")]
    [InlineData("tables:\n  t02:\n    title: 收入决算表\n    code: 公开02表\n    rows:\n      - [\"201\", 一般公共服务支出, 1, 1]\n", "row too short")]
    [InlineData("tables:\n  t09:\n    title: 三公\n    code: 公开09表\n    actual: {total: 十}\n", "amount as text")]
    [InlineData("tables:\n  summary:\n    income:\n      - [一、一般公共预算财政拨款收入, 1.00]\n", "a shanghai form in a hunan report")]
    [InlineData("template: shanghia\n", "an unknown template")]
    [InlineData("colour: red\n", "unknown key")]
    [InlineData("explanation:\n  sections:\n    - heading: 三公\n      kind: three_public\n", "unknown section kind")]
    [InlineData("stated_figures:\n  previous_year:\n    - {key: grand_total, source_line: 3}\n", "a previous-year statement without a figure")]
    [InlineData("stated_figures:\n  previous_year:\n    - {key: total_money, change: 1}\n", "a previous-year statement of an unknown figure")]
    public async Task A_report_the_loader_would_reject_is_rejected_by_the_schema_too(string tail, string why)
    {
        const string head = "title: 测试\nkinds: [决算]\nsource: {title: 测试, file: sources/2023.txt}\n";

        Assert.Empty(await ValidateAsync(ContentSchemas.ReportFile, head));
        Assert.True((await ValidateAsync(ContentSchemas.ReportFile, head + tail)).Count > 0, why);
    }

    [Fact]
    public void The_schema_names_every_official_table_and_column_in_chinese()
    {
        var text = Encoding.UTF8.GetString(ContentSchemas.Read(ContentSchemas.ReportFile));

        foreach (var form in Portal.Build.Load.Templates.TemplateCatalog.Shipped.Find("hunan")!.Forms)
        {
            Assert.Contains($"{form.Label} {form.Title}", text);
            Assert.All(form.Columns, column => Assert.Contains(column.Name, text));
        }
    }

    [Fact]
    public async Task The_schema_takes_each_templates_forms_and_row_shapes_from_its_definition()
    {
        const string head = "title: t\nkinds: [决算]\ntemplate: shanghai\nsource: {title: t, file: sources/2024.txt}\n";

        // 上海's 总表 prints no 行次: [项目, 决算数] is a row, [行次, 项目, 决算数] is not.
        Assert.Empty(await ValidateAsync(ContentSchemas.ReportFile, head + "tables:\n  summary:\n    income:\n      - [一、一般公共预算财政拨款收入, 307.82]\n"));
        Assert.NotEmpty(await ValidateAsync(ContentSchemas.ReportFile, head + "tables:\n  summary:\n    income:\n      - [1, 一、一般公共预算财政拨款收入, 307.82]\n"));
        Assert.NotEmpty(await ValidateAsync(ContentSchemas.ReportFile, head + "tables:\n  t01:\n    income: []\n"));

        var tables = JsonNode.Parse(ContentSchemas.Read(ContentSchemas.ReportFile))!["properties"]!["tables"]!["properties"]!.AsObject();
        var forms = Portal.Build.Load.Templates.TemplateCatalog.Shipped.All.SelectMany(t => t.Forms).Select(f => f.Id).Order(StringComparer.Ordinal);
        Assert.Equal(forms, tables.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schema_lists_exactly_the_section_kinds_and_stated_figures_the_loader_knows_also_for_previous_year()
    {
        var schema = JsonNode.Parse(ContentSchemas.Read(ContentSchemas.ReportFile))!;

        var kinds = schema["definitions"]!["section"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>());
        var stated = schema["properties"]!["stated_figures"]!["properties"]!.AsObject().Select(p => p.Key).Where(k => k != "previous_year");
        var compared = schema["properties"]!["stated_figures"]!["properties"]!["previous_year"]!["items"]!["properties"]!["key"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>());

        Assert.Equal(SectionKinds.Labels.Keys.Order(), kinds.Order());
        Assert.Equal(StatedFigureKey.All.Select(k => k.Key).Order(), stated.Order());
        Assert.Equal(StatedFigureKey.All.Select(k => k.Key).Order(), compared.Order());
    }

    [Fact]
    public void A_built_site_publishes_the_schemas_under_schema()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        Assert.True(site.Build().Succeeded);

        foreach (var file in ContentSchemas.Files)
        {
            Assert.Equal(ContentSchemas.Read(file), File.ReadAllBytes(Path.Combine(site.Output, "schema", file)));
        }
    }

    internal static async Task<IReadOnlyList<string>> ValidateAsync(string schemaFile, string yaml)
    {
        var schema = await JsonSchema.FromJsonAsync(Encoding.UTF8.GetString(ContentSchemas.Read(schemaFile)));
        var json = YamlToJson.Convert(yaml)!.ToJsonString();
        return schema.Validate(json).Select(e => e.ToString()).ToArray();
    }
}
