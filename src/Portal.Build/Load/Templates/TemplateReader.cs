using Portal.Build.Load.Yaml;
using Portal.Core.Diagnostics;
using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Load.Templates;

/// <summary>
/// Reads a table template file (a shipped one or a site's <c>content/_templates/NAME.yml</c>) with the same
/// located errors as content: a webmaster's template mistake names its file, line, column and field.
/// </summary>
internal static class TemplateReader
{
    private static readonly Dictionary<string, FormShape> Shapes = new(StringComparer.Ordinal)
    {
        ["two_sided"] = FormShape.TwoSided,
        ["coded"] = FormShape.Coded,
        ["economic"] = FormShape.Economic,
        ["fixed"] = FormShape.Fixed,
        ["free_form"] = FormShape.FreeForm,
    };


    public static TableTemplate? Read(string yaml, string display, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(display);
        if (YamlDocumentParser.Parse(yaml, display, diagnostics) is not { } node
            || new ReadContext(map, diagnostics).Mapping(node, string.Empty) is not { } root)
        {
            return null;
        }

        var errors = diagnostics.Count;
        var unknownShape = new HashSet<FormDefinition>(ReferenceEqualityComparer.Instance);
        var template = new TableTemplate
        {
            Name = root.RequiredText("name", "模板名称，即报告 template: 所写的名字（小写英文字母、数字和 -，例如 shanghai）"),
            Title = root.RequiredText("title", "模板的说明，例如 上海市部门决算表"),
            Blank = ReadChoice(root, "blank", new Dictionary<string, BlankCell> { ["not_published"] = BlankCell.NotPublished, ["nothing"] = BlankCell.Nothing }, BlankCell.NotPublished),
            Codes = ReadChoice(root, "codes", new Dictionary<string, CodeLayout> { ["joined"] = CodeLayout.Joined, ["split"] = CodeLayout.Split }, CodeLayout.Joined),
            Forms = root.MappingList("forms", m => ReadForm(m, unknownShape)),
            SourceFile = display,
        };
        root.RejectUnknownKeys();
        CheckForms(root, template, unknownShape);
        return diagnostics.Count == errors ? template : null;
    }

    private static T ReadChoice<T>(MappingReader map, string key, Dictionary<string, T> choices, T fallback)
    {
        if (map.OptionalText(key) is not { } text)
        {
            return fallback;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        map.Context.Error(map.Value(key)!, map.Child(key), $"expected one of {string.Join(", ", choices.Keys)}, found \"{text}\"");
        return fallback;
    }

    private static FormDefinition? ReadForm(MappingReader map, HashSet<FormDefinition> unknownShape)
    {
        var id = map.RequiredText("id", "这张表在报告 tables: 下的键，也是它的数据文件名（例如 general-budget）");
        var roleKey = map.RequiredText("role", $"这张表的用途（角色）：{string.Join(", ", TableRole.WellKnown.Select(r => r.Key))} 之一，或自定义的名字");
        var errors = map.Context.Diagnostics.Count;
        var shape = ReadChoice(map, "shape", Shapes, FormShape.FreeForm);
        if (!map.Has("shape"))
        {
            map.MissingError("shape", $"表的样式：{string.Join(", ", Shapes.Keys)} 之一");
        }

        var shapeKnown = map.Context.Diagnostics.Count == errors;

        var title = map.RequiredText("title", "表名，按原样填写");
        var role = TableRole.FindWellKnown(roleKey) ?? new TableRole(roleKey, title);
        var form = new FormDefinition
        {
            Id = id,
            Role = role,
            Shape = shape,
            Title = title,
            Label = map.OptionalText("label"),
            // The role anchor (#sangong-table) unless the template keeps an anchor of its own (as 湖南's keep theirs).
            Anchor = map.OptionalText("anchor") ?? role.Anchor,
            Required = ReadFlag(map, "required"),
            PrintsLineNumbers = ReadFlag(map, "line_numbers"),
            PrintsColumnNumbers = ReadFlag(map, "column_numbers"),
            Columns = ReadColumns(map, "columns"),
            IncomeColumns = ReadColumns(map, "income_columns"),
            Header = map.List("header", (node, path) => ReadHeaderRow(map.Context, node, path)),
            DefinitionNote = map.OptionalText("note"),
        };
        if (!shapeKnown)
        {
            // Without its shape nothing else about the form can be checked: one error, not a cascade.
            unknownShape.Add(form);
        }

        return form;
    }

    private static bool ReadFlag(MappingReader map, string key)
    {
        if (map.OptionalText(key) is not { } text)
        {
            return false;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        map.Context.Error(map.Value(key)!, map.Child(key), $"expected true or false, found \"{text}\"");
        return false;
    }

    /// <summary>Columns are written <c>- key: 印刷的栏目名</c>, one mapping of one pair each, in printed order.</summary>
    private static IReadOnlyList<FormColumn> ReadColumns(MappingReader map, string key) =>
        map.List(key, (node, path) =>
        {
            if (node is not YamlMappingNode { Children.Count: 1 } pair)
            {
                map.Context.Error(node, path, $"expected one column as 'key: 栏目名' (e.g. basic: 基本支出), found {ReadContext.Describe(node)}");
                return null;
            }

            var (k, v) = pair.Children.Single();
            var columnKey = map.Context.Text(k, path);
            var name = map.Context.Text(v, $"{path}.{columnKey}");
            if (string.IsNullOrWhiteSpace(columnKey) || string.IsNullOrWhiteSpace(name))
            {
                map.Context.Error(node, path, "expected a column key and its printed name, e.g. basic: 基本支出");
                return null;
            }

            return new FormColumn(columnKey, name);
        });

    private static IReadOnlyList<HeaderCell>? ReadHeaderRow(ReadContext context, YamlNode node, string path)
    {
        var cells = context.Sequence(node, path);
        if (cells is null)
        {
            return null;
        }

        var row = new List<HeaderCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var cellPath = $"{path}[{i}]";
            if (cells[i] is YamlScalarNode)
            {
                row.Add(new HeaderCell(context.Text(cells[i], cellPath) ?? string.Empty));
            }
            else if (context.Mapping(cells[i], cellPath) is { } cell)
            {
                var text = cell.RequiredText("text", "表头单元格的文字，按原样填写");
                var cols = cell.OptionalInteger("cols", "这一格横跨几栏（整数）") ?? 1;
                var rows = cell.OptionalInteger("rows", "这一格纵跨几行表头（整数）") ?? 1;
                cell.RejectUnknownKeys();
                if (cols < 1 || rows < 1)
                {
                    context.Error(cells[i], cellPath, "expected cols and rows of 1 or more");
                }

                row.Add(new HeaderCell(text, Math.Max(1, cols), Math.Max(1, rows)));
            }
        }

        return row;
    }

    /// <summary>What makes a form unusable: duplicate ids, columns a shape needs, a header that does not cover them.</summary>
    private static void CheckForms(MappingReader root, TableTemplate template, HashSet<FormDefinition> unknownShape)
    {
        var context = root.Context;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Forms.Count; i++)
        {
            var form = template.Forms[i];
            var path = $"forms[{i}]";
            void Error(string field, string message) =>
                context.Diagnostics.Error(BuildStage.Load, context.Map.Find($"{path}.{field}"), $"{path}.{field}", message);

            if (unknownShape.Contains(form))
            {
                continue;
            }

            if (!seen.Add(form.Id))
            {
                Error("id", $"another form of this template already has the id \"{form.Id}\": each table needs its own");
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(form.Id, "^[a-z0-9]+(-[a-z0-9]+)*\\z"))
            {
                Error("id", $"expected lower-case ASCII letters and digits joined by '-' (it names the table's data files), found \"{form.Id}\"");
            }

            switch (form.Shape)
            {
                case FormShape.TwoSided when form.Columns.Count == 0 || form.IncomeColumns.Count == 0:
                    Error("columns", "a two_sided form needs columns (the 支出 side's amounts) and income_columns (the 收入 side's)");
                    break;
                case FormShape.Coded or FormShape.Economic when form.Columns.Count == 0:
                    Error("columns", $"a {form.Shape.ToString().ToLowerInvariant()} form needs its amount columns, e.g. - basic: 基本支出");
                    break;
                case FormShape.Economic when form.Columns.Count != 1:
                    Error("columns", "an economic form prints one amount per row: give exactly one column, e.g. - actual: 决算数");
                    break;
                case FormShape.Fixed:
                    var allowed = SangongFigures.Items.SelectMany(i => new[] { $"budget.{i.Key}", $"actual.{i.Key}" }).ToHashSet(StringComparer.Ordinal);
                    foreach (var column in form.Columns.Where(c => !allowed.Contains(c.Key)))
                    {
                        Error("columns", $"a fixed form's columns are 三公 cells: budget.KEY or actual.KEY with KEY one of {string.Join(", ", SangongFigures.Items.Select(i => i.Key))}; found \"{column.Key}\"");
                    }

                    break;
            }

            if (form.Header.Count > 0 && form.Shape != FormShape.Economic && !(form.Shape == FormShape.FreeForm && form.Columns.Count == 0) && LeafCount(form) is var leaves && leaves != ExpectedLeaves(form, template.Codes))
            {
                Error("header", $"the header covers {leaves} columns but the form has {ExpectedLeaves(form, template.Codes)} (its columns plus code and name — 类, 款, 项 and name under codes: split — or 项目 and 行次)");
            }
        }
    }

    private static int ExpectedLeaves(FormDefinition form, CodeLayout codes) => form.Shape switch
    {
        FormShape.TwoSided => form.IncomeColumns.Count + form.Columns.Count + (form.PrintsLineNumbers ? 4 : 2),
        FormShape.Coded => form.Columns.Count + (codes == CodeLayout.Split ? 4 : 2),
        _ => form.Columns.Count,
    };

    /// <summary>How many columns the header's first row spans: every printed column sits under one of its cells.</summary>
    private static int LeafCount(FormDefinition form) => form.Header[0].Sum(c => c.ColumnSpan);
}
