using System.Text.RegularExpressions;
using Portal.Build.Load.Yaml;
using Portal.Core.Model.Tables;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Load.Readers;

/// <summary>Reads the nine 公开 tables, checking every row against the official form's columns.</summary>
internal static partial class StandardTableReader
{
    public static StandardTables Read(MappingReader map) => new()
    {
        T01 = map.OptionalMapping("t01") is { } t01 ? t01.Complete(ReadTwoSided(t01, StandardTableSpec.T01)) : null,
        T02 = map.OptionalMapping("t02") is { } t02 ? t02.Complete(ReadCoded(t02, StandardTableSpec.T02)) : null,
        T03 = map.OptionalMapping("t03") is { } t03 ? t03.Complete(ReadCoded(t03, StandardTableSpec.T03)) : null,
        T04 = map.OptionalMapping("t04") is { } t04 ? t04.Complete(ReadTwoSided(t04, StandardTableSpec.T04)) : null,
        T05 = map.OptionalMapping("t05") is { } t05 ? t05.Complete(ReadCoded(t05, StandardTableSpec.T05)) : null,
        T06 = map.OptionalMapping("t06") is { } t06 ? t06.Complete(ReadEconomic(t06)) : null,
        T07 = map.OptionalMapping("t07") is { } t07 ? t07.Complete(ReadCoded(t07, StandardTableSpec.T07)) : null,
        T08 = map.OptionalMapping("t08") is { } t08 ? t08.Complete(ReadCoded(t08, StandardTableSpec.T08)) : null,
        T09 = map.OptionalMapping("t09") is { } t09 ? t09.Complete(ReadSangong(t09)) : null,
    };

    private static TableInfo ReadInfo(MappingReader map, StandardTableSpec spec) => new()
    {
        Title = map.RequiredText("title", $"the table title as printed, e.g. {spec.Title}"),
        Code = map.RequiredText("code", $"the table number as printed, e.g. {spec.Code}"),
        DepartmentRaw = map.OptionalText("department_raw"),
        Unit = map.OptionalText("unit") ?? "万元",
        SourceLine = map.OptionalInteger("source_line", "a line number of the source document"),
        NoData = map.OptionalText("no_data"),
        Notes = map.TextList("notes"),
    };

    private static TwoSidedTable ReadTwoSided(MappingReader map, StandardTableSpec spec)
    {
        var info = ReadInfo(map, spec);
        var income = ReadLineRows(map, "income", 1, "[行次, 项目, 金额]");
        var expenditureShape = spec.Columns.Count == 1
            ? "[行次, 项目, 决算数]"
            : $"[行次, 项目, {string.Join(", ", spec.Columns)}]";
        var expenditure = ReadLineRows(map, "expenditure", spec.Columns.Count, expenditureShape);
        return new TwoSidedTable(info, income, expenditure);
    }

    private static IReadOnlyList<LineRow> ReadLineRows(MappingReader map, string key, int amounts, string shape) =>
        map.List(key, (node, path) =>
        {
            var cells = ExpectCells(map.Context, node, path, 2 + amounts, shape);
            if (cells is null)
            {
                return null;
            }

            var line = map.Context.Integer(cells[0], $"{path}[0]", "行次 (a whole number, or null)");
            var item = map.Context.Text(cells[1], $"{path}[1]");
            var values = Enumerable.Range(0, amounts)
                .Select(i => map.Context.Decimal(cells[2 + i], $"{path}[{2 + i}]"))
                .ToArray();
            return new LineRow(line, item, values);
        });

    private static CodedTable ReadCoded(MappingReader map, StandardTableSpec spec)
    {
        var info = ReadInfo(map, spec);
        var shape = $"[code, 科目名称, {string.Join(", ", spec.Columns)}]";
        var rows = map.List("rows", (node, path) => ReadCodedRow(map.Context, node, path, spec.Columns.Count, shape, FunctionCode()));
        return new CodedTable(info, rows);
    }

    private static EconomicDetailTable ReadEconomic(MappingReader map)
    {
        var info = ReadInfo(map, StandardTableSpec.T06);
        var groups = map.List("groups", (node, path) =>
        {
            var items = map.Context.Sequence(node, path);
            return items?.Select((row, i) => ReadCodedRow(map.Context, row, $"{path}[{i}]", 1, "[经济分类code, 科目名称, 决算数]", EconomicCode()))
                .OfType<CodedRow>()
                .ToArray();
        });
        return new EconomicDetailTable(
            info,
            groups,
            map.OptionalDecimal("personnel_total", "人员经费合计 (an amount)"),
            map.OptionalDecimal("public_total", "公用经费合计 (an amount)"));
    }

    private static SangongTable ReadSangong(MappingReader map)
    {
        var info = ReadInfo(map, StandardTableSpec.T09);
        return new SangongTable(info, ReadSangongSide(map.OptionalMapping("budget")), ReadSangongSide(map.OptionalMapping("actual")));
    }

    private static SangongFigures? ReadSangongSide(MappingReader? map)
    {
        if (map is null)
        {
            return null;
        }

        var figures = new SangongFigures(
            map.OptionalDecimal("total", "合计 (an amount)"),
            map.OptionalDecimal("overseas", "因公出国（境）费 (an amount)"),
            map.OptionalDecimal("vehicles", "公务用车购置及运行维护费小计 (an amount)"),
            map.OptionalDecimal("vehicle_purchase", "公务用车购置费 (an amount)"),
            map.OptionalDecimal("vehicle_operation", "公务用车运行维护费 (an amount)"),
            map.OptionalDecimal("reception", "公务接待费 (an amount)"));
        map.RejectUnknownKeys();
        return figures;
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
            context.Error(node, path, $"expected a row of {count} cells {shape}, found {cells.Count}");
            return null;
        }

        return cells;
    }

    // \z, not $: $ also matches before a final newline, so "201\n" would pass and become a folder name.
    [GeneratedRegex(@"^[0-9]{3}([0-9]{2}){0,2}\z")]
    private static partial Regex FunctionCode();

    [GeneratedRegex(@"^[0-9]{3}([0-9]{2})?\z")]
    private static partial Regex EconomicCode();
}
