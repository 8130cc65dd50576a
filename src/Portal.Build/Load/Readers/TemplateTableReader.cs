using System.Text.RegularExpressions;
using Portal.Build.Load.Yaml;
using Portal.Build.Load.Yaml.Plain;
using Portal.Core.Diagnostics;
using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Load.Readers;

/// <summary>
/// Reads a report's <c>tables:</c> by its template: each key is one of the template's forms, and each table's rows
/// are checked against that form's shape and columns, so the row shape a webmaster writes is the one the print has.
/// </summary>
internal static partial class TemplateTableReader
{
    public static ReportTables Read(MappingReader map, TableTemplate template)
    {
        var tables = new List<IFormTable>();
        foreach (var form in template.Forms)
        {
            if (map.OptionalMapping(form.Id) is { } table && ReadTable(table, form, template) is { } read)
            {
                tables.Add(table.Complete(read));
            }
        }

        return new ReportTables(template, tables);
    }

    private static IFormTable? ReadTable(MappingReader map, FormDefinition form, TableTemplate template)
    {
        var info = ReadInfo(map, form) with { Blank = template.Blank, Codes = template.Codes };
        return form.Shape switch
        {
            FormShape.TwoSided => ReadTwoSided(map, info),
            FormShape.Coded => ReadCoded(map, info),
            FormShape.Economic => ReadEconomic(map, info),
            FormShape.Fixed => ReadSangong(map, info),
            _ => ReadFreeForm(map, info),
        };
    }

    private static TableInfo ReadInfo(MappingReader map, FormDefinition form) => new()
    {
        Form = form,
        // The form prints its title and number label; a report gives them only where its print differs.
        Title = map.OptionalText("title") ?? form.Title,
        Code = map.Has("code") ? map.OptionalText("code") : form.Label,
        DepartmentRaw = map.OptionalText("department_raw"),
        Unit = map.OptionalText("unit") ?? "万元",
        SourceLine = map.OptionalInteger("source_line", "a line number of the source document"),
        NoData = map.OptionalText("no_data"),
        Notes = map.TextList("notes"),
    };

    private static TwoSidedTable ReadTwoSided(MappingReader map, TableInfo info)
    {
        var form = info.Form;
        var income = ReadLineRows(map, "income", form, form.IncomeColumns);
        var expenditure = ReadLineRows(map, "expenditure", form, form.Columns);
        return new TwoSidedTable(info, income, expenditure);
    }

    /// <summary>One printed line: <c>[行次, 项目, amounts…]</c> where the form prints 行次, else <c>[项目, amounts…]</c>.</summary>
    private static IReadOnlyList<LineRow> ReadLineRows(MappingReader map, string key, FormDefinition form, IReadOnlyList<FormColumn> columns)
    {
        var lead = form.PrintsLineNumbers ? 2 : 1;
        var shape = $"[{(form.PrintsLineNumbers ? "行次, " : string.Empty)}项目, {string.Join(", ", columns.Select(c => c.Name))}]";
        return map.List(key, (node, path) =>
        {
            var cells = ExpectCells(map.Context, node, path, lead + columns.Count, shape);
            if (cells is null)
            {
                return null;
            }

            var line = form.PrintsLineNumbers ? map.Context.Integer(cells[0], $"{path}[0]", "行次 (a whole number, or null)") : null;
            var item = map.Context.Text(cells[lead - 1], $"{path}[{lead - 1}]");
            var values = Enumerable.Range(0, columns.Count)
                .Select(i => map.Context.Decimal(cells[lead + i], $"{path}[{lead + i}]"))
                .ToArray();
            return new LineRow(line, item, values);
        }).Packed();
    }

    private static CodedTable ReadCoded(MappingReader map, TableInfo info)
    {
        var form = info.Form;
        var shape = $"[科目编码, 科目名称, {string.Join(", ", form.Columns.Select(c => c.Name))}]";
        var rows = map.List("rows", (node, path) => ReadCodedRow(map.Context, node, path, form.Columns.Count, shape, FunctionCode())).Packed();
        return new CodedTable(info, rows);
    }

    private static EconomicDetailTable ReadEconomic(MappingReader map, TableInfo info)
    {
        var form = info.Form;
        var shape = $"[经济分类code, 科目名称, {form.Columns[0].Name}]";
        var groups = map.List("groups", (node, path) =>
        {
            var items = map.Context.Sequence(node, path);
            return items?.Select((row, i) => ReadCodedRow(map.Context, row, $"{path}[{i}]", 1, shape, EconomicCode()))
                .OfType<CodedRow>()
                .ToArray();
        });
        return new EconomicDetailTable(
            info,
            groups.Packed(),
            map.OptionalDecimal("personnel_total", "人员经费合计 (an amount)"),
            map.OptionalDecimal("public_total", "公用经费合计 (an amount)"));
    }

    private static SangongTable ReadSangong(MappingReader map, TableInfo info)
    {
        var form = info.Form;
        return new SangongTable(info, ReadSangongSide(map.OptionalMapping("budget"), "budget", form), ReadSangongSide(map.OptionalMapping("actual"), "actual", form));
    }

    private static SangongFigures? ReadSangongSide(MappingReader? map, string side, FormDefinition form)
    {
        if (map is null)
        {
            return null;
        }

        // Only the cells the form prints may be written: a key the print has no column for is an unknown key.
        decimal? Cell(string key) =>
            form.ColumnIndex($"{side}.{key}") is var i and >= 0
                ? map.OptionalDecimal(key, $"{form.Columns[i].Name} (an amount)")
                : null;

        var figures = new SangongFigures(Cell("total"), Cell("overseas"), Cell("vehicles"), Cell("vehicle_purchase"), Cell("vehicle_operation"), Cell("reception"));
        map.RejectUnknownKeys();
        return figures;
    }

    /// <summary>
    /// A form Portal does not compute on: rows of cells under the form's printed header, or under the report's
    /// own <c>header:</c> where the template could not give one.
    /// </summary>
    private static FreeFormTable ReadFreeForm(MappingReader map, TableInfo info)
    {
        var form = info.Form;
        var header = map.Value("header") is { } h ? map.Context.CellRows(h, map.Child("header")) : [];
        var rows = map.Value("rows") is { } r ? map.Context.CellRows(r, map.Child("rows")) : [];
        if (form.Columns.Count > 0 && map.Value("rows") is YamlSequenceNode sequence)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Count != form.Columns.Count)
                {
                    map.Context.Error(sequence.Children[i], $"{map.Child("rows")}[{i}]",
                        $"expected a row of {form.Columns.Count} cells [{string.Join(", ", form.Columns.Select(c => c.Name))}], found {rows[i].Count}");
                }
            }
        }

        return new FreeFormTable(info, header, rows);
    }

    private static CodedRow? ReadCodedRow(ReadContext context, YamlNode node, string path, int amounts, string shape, Regex codePattern)
    {
        var cells = ExpectCells(context, node, path, 2 + amounts, shape);
        if (cells is null)
        {
            return null;
        }

        var code = context.Text(cells[0], $"{path}[0]");
        if (code is not null && !codePattern.IsMatch(code))
        {
            var expected = codePattern == EconomicCode() ? "an 经济分类 code of 3 or 5 digits" : "a 功能分类 code of 3, 5 or 7 digits";
            context.Error(cells[0], $"{path}[0]", $"expected {expected} (or null on a 合计 row), found \"{code}\"");
        }

        var name = context.Text(cells[1], $"{path}[1]");
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Error(cells[1], $"{path}[1]", "expected the 科目名称 as printed");
        }

        var values = Enumerable.Range(0, amounts).Select(i => context.Decimal(cells[2 + i], $"{path}[{2 + i}]")).ToArray();
        return new CodedRow(code, name ?? string.Empty, values);
    }

    private static IReadOnlyList<YamlNode>? ExpectCells(ReadContext context, YamlNode node, string path, int count, string shape)
    {
        var cells = context.Sequence(node, path);
        if (cells is not null && cells.Count != count)
        {
            // A thousands separator or a 万元 typed into a figure splits or spoils a row: say that, where it is.
            if (ValueHints.ForRow(cells, count, context.Language) is var (at, offset, hint))
            {
                var location = context.LocationOf(at);
                context.Diagnostics.Error(BuildStage.Load, location with { Column = location.Column + offset }, path, hint);
                return null;
            }

            context.Error(node, path, context.Language.Say(
                $"这一行应有 {count} 格 {shape}，现在是 {cells.Count} 格",
                $"expected a row of {count} cells {shape}, found {cells.Count}"));
            return null;
        }

        return cells;
    }

    // \z, not $: a code "201\n" must not pass (it would name a folder with a newline).
    [GeneratedRegex("^[0-9]{3}([0-9]{2}){0,2}\\z")]
    private static partial Regex FunctionCode();

    [GeneratedRegex("^[0-9]{3}([0-9]{2})?\\z")]
    private static partial Regex EconomicCode();
}
