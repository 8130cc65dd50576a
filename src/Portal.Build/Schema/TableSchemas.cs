using System.Text.Json.Nodes;
using Portal.Build.Load.Templates;
using Portal.Core.Model.Templates;

namespace Portal.Build.Schema;

/// <summary>
/// The <c>tables</c> and <c>template</c> parts of the report schema, written from the table templates, so an editor
/// completes exactly the forms and row shapes the loader reads (one definition: the template files).
/// </summary>
internal static class TableSchemas
{
    private const string FunctionCode = "^[0-9]{3}([0-9]{2}){0,2}$";
    private const string EconomicCode = "^[0-9]{3}([0-9]{2})?$";

    /// <summary>Puts the templates' forms into <paramref name="schema"/> (the report schema as shipped, without them).</summary>
    public static void Apply(JsonObject schema, IEnumerable<TableTemplate> catalog)
    {
        var templates = catalog.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        var properties = schema["properties"]!.AsObject();
        var names = templates.Select(t => t.Name).ToArray();
        properties["template"] = new JsonObject
        {
            ["type"] = new JsonArray("string", "null"),
            ["enum"] = new JsonArray([.. names.Select(n => (JsonNode?)n), null]),
            ["description"] = "表格模板（默认 hunan）：" + string.Join("；", templates.Select(t => $"{t.Name} = {t.Title}")),
        };

        var forms = new JsonObject();
        foreach (var template in templates)
        {
            foreach (var form in template.Forms)
            {
                forms[form.Id] ??= Form(form);
            }
        }

        properties["tables"] = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["description"] = "部门决算表：按报告所用模板（template）的各表填写；未公开的表不写",
            ["properties"] = forms,
        };

        // Each template allows only its own forms under tables: (hunan also where the report names none). anyOf, not
        // if/then: editors and validators that know only draft-04 keywords enforce it too.
        var alternatives = new JsonArray();
        foreach (var template in templates)
        {
            var own = new JsonObject();
            foreach (var form in template.Forms)
            {
                own[form.Id] = new JsonObject();
            }

            var alternative = new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["template"] = new JsonObject { ["enum"] = template.Name == TemplateCatalog.DefaultName ? new JsonArray(template.Name, null) : new JsonArray(template.Name) },
                    ["tables"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = own },
                },
            };
            if (template.Name != TemplateCatalog.DefaultName)
            {
                alternative["required"] = new JsonArray("template");
            }

            alternatives.Add(alternative);
        }

        schema["anyOf"] = alternatives;
    }

    private static JsonObject Form(FormDefinition form)
    {
        var properties = new JsonObject
        {
            ["title"] = Text($"表名，按原样填写（不写则为 “{form.Title}”）"),
            ["code"] = Nullable("string", form.Label is null ? "表号：本模板不印表号，原文印了才填" : $"表号，按原样填写（不写则为 “{form.Label}”）"),
            ["department_raw"] = Nullable("string", "表头“部门：”一行所印的单位名称"),
            ["unit"] = Nullable("string", "金额单位，默认 万元"),
            ["source_line"] = new JsonObject { ["type"] = new JsonArray("integer", "null"), ["minimum"] = 1, ["description"] = "表名在来源文件（sources/<年度>.txt）中的行号，从 1 起" },
            ["no_data"] = Nullable("string", "来源文件关于“本表无数据”的原文说明（仅当原文如此说明时填写）"),
            ["notes"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "表下的“注：”“说明：”各行，原样填写" },
        };
        switch (form.Shape)
        {
            case FormShape.TwoSided:
                properties["income"] = Rows("收入方各行", LineCells(form, form.IncomeColumns));
                properties["expenditure"] = Rows("支出方各行", LineCells(form, form.Columns));
                break;
            case FormShape.Coded:
                properties["rows"] = Rows("按印刷顺序逐行填写", [Code(FunctionCode, "功能分类科目编码（类 3 位、款 5 位、项 7 位），须加引号；合计行为 null"), Text("科目名称，按原样填写"), .. form.Columns.Select(Amount)]);
                break;
            case FormShape.Economic:
                properties["groups"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "并排印刷的各栏组，每组按印刷顺序逐行填写",
                    ["items"] = Rows("一个栏组", [Code(EconomicCode, "经济分类科目编码（类 3 位、款 5 位），须加引号"), Text("科目名称，按原样填写"), .. form.Columns.Select(Amount)]),
                };
                properties["personnel_total"] = Nullable("number", "人员经费合计");
                properties["public_total"] = Nullable("number", "公用经费合计");
                break;
            case FormShape.Fixed:
                foreach (var (side, label) in new[] { ("budget", "预算数"), ("actual", "决算数") })
                {
                    var cells = new JsonObject();
                    foreach (var column in form.Columns.Where(c => c.Key.StartsWith(side + ".", StringComparison.Ordinal)))
                    {
                        cells[column.Key[(side.Length + 1)..]] = Nullable("number", $"{column.Name}（金额，null 表示空白）");
                    }

                    properties[side] = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["description"] = label, ["properties"] = cells };
                }

                break;
            default:
                if (form.Columns.Count == 0)
                {
                    properties["header"] = new JsonObject { ["type"] = "array", ["description"] = "表头各行，按原样填写（模板未给出此表的表头）", ["items"] = new JsonObject { ["type"] = "array" } };
                    properties["rows"] = new JsonObject { ["type"] = "array", ["description"] = "按印刷顺序逐行填写", ["items"] = new JsonObject { ["type"] = "array" } };
                }
                else
                {
                    properties["rows"] = Rows("按印刷顺序逐行填写", [.. form.Columns.Select(c => Nullable(new JsonArray("string", "number", "null"), c.Name))]);
                }

                break;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = form.DefinitionNote is null ? form.DisplayName : $"{form.DisplayName}（{form.DefinitionNote}）",
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static List<JsonNode> LineCells(FormDefinition form, IReadOnlyList<FormColumn> columns)
    {
        var cells = new List<JsonNode>();
        if (form.PrintsLineNumbers)
        {
            cells.Add(Nullable("integer", "行次"));
        }

        cells.Add(Nullable("string", "项目，按原样填写（含“一、”等编号）；空白为 null"));
        cells.AddRange(columns.Select(Amount));
        return cells;
    }

    private static JsonObject Rows(string what, IReadOnlyList<JsonNode> cells)
    {
        var shape = "[" + string.Join(", ", cells.Select(c => c["description"]!.GetValue<string>().Split('（', '，')[0])) + "]";
        return new JsonObject
        {
            ["type"] = "array",
            ["description"] = $"{what}：{shape}",
            ["items"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = $"一行：{shape}",
                ["items"] = new JsonArray([.. cells]),
                ["minItems"] = cells.Count,
                ["maxItems"] = cells.Count,
            },
        };
    }

    private static JsonNode Amount(FormColumn column) => Nullable("number", $"{column.Name}（金额，null 表示空白）");

    private static JsonNode Code(string pattern, string description) =>
        new JsonObject { ["type"] = new JsonArray("string", "null"), ["pattern"] = pattern, ["description"] = description };

    private static JsonNode Text(string description) => new JsonObject { ["type"] = "string", ["description"] = description };

    private static JsonObject Nullable(string type, string description) => Nullable(new JsonArray(type, "null"), description);

    private static JsonObject Nullable(JsonArray types, string description) => new() { ["type"] = types, ["description"] = description };
}
