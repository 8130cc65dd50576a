using System.Text.RegularExpressions;
using Portal.Core.Model.Templates;

namespace Portal.Build.Import;

/// <summary>
/// Turns a document's layout into a report of a template: a table titled as one of the template's forms is read
/// in that form's shape (a table with no title straight after one is its continuation on the next page); the
/// numbered headings of 第一部分 and 第三部分 become sections, 名词解释 the glossary. What it cannot place, it lists.
/// </summary>
public static partial class ReportAssembler
{
    /// <summary>How many of <paramref name="template"/>'s form titles the document prints: the template a document is of.</summary>
    public static IReadOnlyList<FormDefinition> FormsFound(SourceLayout layout, TableTemplate template)
    {
        var lines = layout.Blocks.OfType<TextLine>().Select(l => FormLayout.Normal(l.Text)).ToHashSet(StringComparer.Ordinal);
        return template.Forms.Where(f => lines.Contains(FormLayout.Normal(f.Title))).ToArray();
    }

    public static ImportedReport Assemble(SourceLayout layout, TableTemplate template)
    {
        var report = new ImportedReport(template, layout.Format);
        var state = new State(report, layout);
        state.Run();
        return report;
    }

    private enum PartKind
    {
        None,
        Overview,
        Tables,
        Explanation,
        Glossary,
        Other,
    }

    private sealed class State(ImportedReport report, SourceLayout layout)
    {
        private readonly Dictionary<LayoutBlock, int> _lineOf = [];
        private PartKind _part = PartKind.None;
        private ImportedPart? _current;
        private readonly List<ImportedSection> _stack = [];
        private readonly List<TextLine> _paragraph = [];
        private (FormDefinition Form, int Line, TextLine At)? _title;
        private string? _department;
        private string? _unit;
        private ImportedTable? _table;
        private LayoutGrid? _lastGrid;
        private bool _textSinceGrid;
        private readonly HashSet<string> _kinds = [];

        /// <summary>Lines printed under a form's title before any ruled table: its rows, if it is printed without ruled lines.</summary>
        private readonly List<TextLine> _pending = [];

        public void Run()
        {
            WriteSource();
            var skip = TableOfContents();
            var blocks = layout.Blocks;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (skip.Contains(i))
                {
                    continue;
                }

                switch (blocks[i])
                {
                    case TextLine line when PartHeading().IsMatch(FormLayout.Normal(line.Text)):
                        Unruled();
                        Flush();
                        i = StartPart(blocks, i, line);
                        break;
                    case TextLine line:
                        Line(line);
                        break;
                    case LayoutGrid grid:
                        Replay();
                        Flush();
                        Grid(grid);
                        break;
                }
            }

            Unruled();
            Flush();
            TitleWithoutTable();
            foreach (var table in report.Tables)
            {
                TableReader.Finish(table);
            }
        }

        /// <summary>The text in reading order: each printed line, and each table row as its cells side by side.</summary>
        private void WriteSource()
        {
            foreach (var block in layout.Blocks)
            {
                _lineOf[block] = report.SourceLines.Count + 1;
                switch (block)
                {
                    case TextLine line:
                        report.SourceLines.Add(line.Text);
                        break;
                    case LayoutGrid grid:
                        foreach (var row in grid.Rows)
                        {
                            report.SourceLines.Add(string.Join("  ", row.Select(c => c.IsEmpty ? "" : c.Text)).TrimEnd());
                        }

                        break;
                }
            }
        }

        /// <summary>The blocks of a 目录: from its heading up to where the first part it lists begins again.</summary>
        private HashSet<int> TableOfContents()
        {
            var blocks = layout.Blocks;
            var skip = new HashSet<int>();
            var at = Enumerable.Range(0, blocks.Count).FirstOrDefault(i => blocks[i] is TextLine l && FormLayout.Normal(l.Text) == "目录", -1);
            if (at < 0)
            {
                return skip;
            }

            var first = Enumerable.Range(at + 1, blocks.Count - at - 1).FirstOrDefault(i => blocks[i] is TextLine l && PartHeading().IsMatch(FormLayout.Normal(l.Text)), -1);
            var again = first < 0 ? -1 : Enumerable.Range(first + 1, blocks.Count - first - 1)
                .FirstOrDefault(i => blocks[i] is TextLine l && FormLayout.Normal(l.Text) == FormLayout.Normal(((TextLine)blocks[first]).Text), -1);
            var end = again < 0 ? at + 1 : again;
            for (var i = at; i < end; i++)
            {
                skip.Add(i);
            }

            return skip;
        }

        private int StartPart(IReadOnlyList<LayoutBlock> blocks, int i, TextLine line)
        {
            var heading = line.Text.Trim();
            // A part heading too long for one line ends on the next, centred (…决算情况 / 说明).
            while (i + 1 < blocks.Count && blocks[i + 1] is TextLine next && next.Page == line.Page && FormLayout.Normal(next.Text).Length <= 6
                && !Numbered(next.Text, out _, out _) && !PartHeading().IsMatch(FormLayout.Normal(next.Text)) && FormLayout.Normal(next.Text) != "目录")
            {
                heading = TextJoin.Lines([heading, next.Text]);
                i++;
            }

            _stack.Clear();
            _table = null;
            TitleWithoutTable();
            var normal = FormLayout.Normal(heading);
            _part = normal.Contains("名词解释", StringComparison.Ordinal) ? PartKind.Glossary
                : normal.Contains("决算表", StringComparison.Ordinal) ? PartKind.Tables
                : normal.Contains("情况说明", StringComparison.Ordinal) || normal.EndsWith("说明", StringComparison.Ordinal) ? PartKind.Explanation
                : normal.Contains("概况", StringComparison.Ordinal) ? PartKind.Overview
                : PartKind.Other;
            _current = new ImportedPart(heading, _lineOf[line]);
            switch (_part)
            {
                case PartKind.Overview when report.Overview is null:
                    report.Overview = _current;
                    break;
                case PartKind.Explanation when report.Explanation is null:
                    report.Explanation = _current;
                    break;
                case PartKind.Glossary when report.GlossaryPart is null:
                    report.GlossaryPart = _current;
                    break;
                case PartKind.Tables:
                    break;
                default:
                    report.Unplaced.Add($"{line.Where}：第{_lineOf[line]}行 “{heading}” 不是模板的部分，其下内容未录入");
                    _part = PartKind.Other;
                    break;
            }

            return i;
        }

        private void Line(TextLine line)
        {
            var text = FormLayout.Normal(line.Text);
            if (_title is not null && line.Glyphs is { Count: > 0 } && !EndsRows(line, text))
            {
                _pending.Add(line);
                return;
            }

            Unruled();
            // A form's title, or the 部门决算表 line over the first table, starts the tables wherever they are printed
            // (the Putuo PDF prints no 第二部分 heading over them).
            if (report.Template.Forms.FirstOrDefault(f => FormLayout.Normal(f.Title) == text) is { } form && _part != PartKind.Glossary)
            {
                Flush();
                EnterTables();
                TitleWithoutTable();
                _title = (form, _lineOf[line], line);
                _table = null;
                _textSinceGrid = true;
                return;
            }

            // A form's number label printed on its own line (公开01表) belongs to the title that follows.
            if (report.Template.Forms.Any(f => f.Label is not null && FormLayout.Normal(f.Label) == text) && _part != PartKind.Glossary)
            {
                Flush();
                EnterTables();
                _table = null;
                return;
            }

            // Hunan prints the department under the title, on the line that also carries 公开0X表 and 单位：万元.
            if (_title is not null && DepartmentLabel().Match(text) is { Success: true } named)
            {
                Flush();
                _department = named.Groups["name"].Value;
                report.DepartmentName ??= _department;
                if (UnitInLine().Match(text) is { Success: true } inLine)
                {
                    _unit = inLine.Groups["unit"].Value;
                }

                return;
            }

            if (DepartmentLine().Match(line.Text.Trim()) is { Success: true } department && _part != PartKind.Glossary)
            {
                Flush();
                EnterTables();
                _department = department.Groups["name"].Value.Trim();
                report.DepartmentName ??= _department;
                return;
            }

            if (UnitLine().Match(text) is { Success: true } unit && _part is PartKind.Tables or PartKind.None)
            {
                Flush();
                _unit = unit.Groups["unit"].Value;
                return;
            }

            if (_table is not null && _part is PartKind.Tables or PartKind.None)
            {
                // The lines under a table: 注： and 说明： (本表无数据), and any other line printed with them.
                if (text.StartsWith("说明：", StringComparison.Ordinal) || text.StartsWith("说明:", StringComparison.Ordinal))
                {
                    _table.NoData = line.Text.Trim();
                }
                else
                {
                    _table.Notes.Add(line.Text.Trim());
                }

                _textSinceGrid = true;
                return;
            }

            _textSinceGrid = true;
            if (_part == PartKind.None)
            {
                report.Cover.Add(line.Text.Trim());
                return;
            }

            if (_part is PartKind.Tables or PartKind.Other)
            {
                if (_part == PartKind.Tables)
                {
                    report.Unplaced.Add($"{line.Where}：第{_lineOf[line]}行 “{line.Text.Trim()}”");
                }

                return;
            }

            if (line.StartsParagraph)
            {
                Flush();
            }

            _paragraph.Add(line);
        }

        /// <summary>A line that no table's rows go past: a form's title or label, the 部门决算表 or 单位 line, a note under a table.</summary>
        private bool EndsRows(TextLine line, string text) =>
            report.Template.Forms.Any(f => FormLayout.Normal(f.Title) == text || (f.Label is not null && FormLayout.Normal(f.Label) == text))
            || DepartmentLine().IsMatch(line.Text.Trim()) || UnitLine().IsMatch(text) || DepartmentLabel().IsMatch(text)
            || text.StartsWith("注：", StringComparison.Ordinal) || text.StartsWith("注:", StringComparison.Ordinal)
            || text.StartsWith("说明：", StringComparison.Ordinal) || text.StartsWith("说明:", StringComparison.Ordinal);

        /// <summary>
        /// The lines under a form's title with no ruled table: read as the form's table from its headings' positions
        /// (<see cref="UnruledTable"/>); where a heading is not found, the table is not read and its lines are listed.
        /// </summary>
        private void Unruled()
        {
            if (_title is not { } title || _pending.Count == 0)
            {
                return;
            }

            var lines = _pending.ToList();
            _pending.Clear();
            var read = UnruledTable.Read(title.Form, lines);
            if (!read.Succeeded)
            {
                _title = null;
                report.Problems.Add($"{title.At.Where}：印有表名“{title.Form.Title}”，其下没有表格线；按表头定栏，但表头中找不到{string.Join("、", read.Missing.Select(m => $"“{m}”"))}：不猜栏位，这张表未录入，其下各行列在未能安排的文字中");
                foreach (var line in lines)
                {
                    Line(line);
                }

                return;
            }

            report.Problems.AddRange(read.Problems);
            report.Columns.AddRange(read.Columns);
            foreach (var grid in read.Grids)
            {
                Grid(grid);
            }

            foreach (var line in lines.Skip(read.Consumed))
            {
                Line(line);
            }
        }

        /// <summary>Lines under a title that a ruled table then followed: read as any line.</summary>
        private void Replay()
        {
            var lines = _pending.ToList();
            _pending.Clear();
            var title = _title;
            _title = null;
            foreach (var line in lines)
            {
                Line(line);
            }

            _title = title;
        }

        /// <summary>A form's title with no table under it: said, since the lines printed there are its figures.</summary>
        private void TitleWithoutTable()
        {
            if (_title is { } title)
            {
                report.Problems.Add($"{title.At.Where}：印有表名“{title.Form.Title}”，其下却没有表格：这张表未录入，其下各行列在未能安排的文字中");
                _title = null;
            }
        }

        private void EnterTables()
        {
            if (_part is not PartKind.Tables)
            {
                _part = PartKind.Tables;
                _stack.Clear();
                _table = null;
            }
        }

        private void Flush()
        {
            if (_paragraph.Count == 0)
            {
                return;
            }

            var first = _paragraph[0];
            var text = TextJoin.Lines(_paragraph.Select(l => l.Text));
            _paragraph.Clear();
            if (_part == PartKind.Glossary)
            {
                Term(text, first);
                return;
            }

            if (Numbered(text, out var level, out var heading) && IsHeading(text))
            {
                var section = new ImportedSection(text, heading, level, _lineOf[first], first.Where);
                if (_part == PartKind.Explanation || _part == PartKind.Overview)
                {
                    section.Kind = KindOf(heading);
                }

                while (_stack.Count > 0 && _stack[^1].Level >= level)
                {
                    _stack.RemoveAt(_stack.Count - 1);
                }

                (_stack.Count == 0 ? _current!.Sections : _stack[^1].Sections).Add(section);
                _stack.Add(section);
                return;
            }

            if (_stack.Count > 0)
            {
                _stack[^1].Paragraphs.Add(text);
            }
            else
            {
                _current!.Paragraphs.Add(text);
            }
        }

        private void Term(string text, TextLine first)
        {
            var body = Numbered(text, out _, out var rest) ? rest : text;
            var colon = body.IndexOfAny(['：', ':']);
            if (colon <= 0)
            {
                report.Unplaced.Add($"{first.Where}：名词解释中的 “{text}” 没有“名词：解释”的形式");
                return;
            }

            report.Terms.Add(new ImportedTerm(body[..colon].Trim(), body[(colon + 1)..].Trim(), first.Where));
        }

        private string? KindOf(string heading)
        {
            var normal = FormLayout.Normal(heading);
            foreach (var (pattern, kind) in Kinds)
            {
                if (!_kinds.Contains(kind) && Regex.IsMatch(normal, pattern))
                {
                    _kinds.Add(kind);
                    return kind;
                }
            }

            return null;
        }

        private void Grid(LayoutGrid grid)
        {
            if (_title is { } title && (_part is PartKind.Tables or PartKind.None))
            {
                _title = null;
                var table = new ImportedTable(title.Form) { SourceLine = title.Line, Unit = _unit, DepartmentRaw = _department };
                _department = null;
                _unit = null;
                if (report.Tables.Any(t => t.Form.Id == title.Form.Id))
                {
                    report.Unplaced.Add($"{grid.Where}：{title.Form.Title} 印了两次，第二张未录入");
                    return;
                }

                if (TableReader.Read(table, grid, report, isContinuation: false))
                {
                    report.Tables.Add(table);
                    _table = table;
                    _lastGrid = grid;
                    _textSinceGrid = false;
                }

                return;
            }

            if (_table is not null && _lastGrid is not null && !_textSinceGrid && grid.ColumnCount == _lastGrid.ColumnCount)
            {
                // No title, straight after a table, as many columns: the table goes on over the page.
                TableReader.Read(_table, grid, report, isContinuation: true);
                _lastGrid = grid;
                return;
            }

            _table = null;
            _lastGrid = null;
            if (_part is PartKind.Overview or PartKind.Explanation && _stack.Count > 0)
            {
                var rows = grid.Rows.Where(r => r.Any(c => !c.IsEmpty))
                    .Select(r => (IReadOnlyList<ImportedValue>)r.Select(c => c.IsEmpty ? ImportedValue.Blank : new ImportedValue(c.Text, c.Where)).ToArray())
                    .ToList();
                if (rows.Count > 0)
                {
                    _stack[^1].Tables.Add(new ImportedSectionTable(_lineOf[grid], rows[0], rows.Skip(1).ToArray()));
                }

                return;
            }

            report.Unplaced.Add($"{grid.Where}：一张 {grid.Rows.Count} 行 {grid.ColumnCount} 栏的表格没有模板中的表名，未录入");
        }
    }

    /// <summary>Whether a paragraph is a heading: numbered, short, and not a sentence (1、…（项）。 is the start of a paragraph).</summary>
    private static bool IsHeading(string text) => text.Length <= 40 && !text.TrimEnd().EndsWith('。') && !text.TrimEnd().EndsWith('；') && !text.Contains('：', StringComparison.Ordinal);

    /// <summary>A heading's level from its number (一、 1; （一） 2; 1、 or 1. 3) and its text without the number.</summary>
    private static bool Numbered(string text, out int level, out string heading)
    {
        var trimmed = text.Trim();
        foreach (var (pattern, at) in new[] { (LevelOne(), 1), (LevelTwo(), 2), (LevelThree(), 3) })
        {
            if (pattern.Match(trimmed) is { Success: true } match)
            {
                level = at;
                heading = trimmed[match.Length..].Trim();
                return heading.Length > 0;
            }
        }

        level = 0;
        heading = trimmed;
        return false;
    }

    /// <summary>
    /// A section's topic from its heading, the first that fits and is not taken; the order matters (财政拨款收入支出
    /// before 收入支出, 基本支出 before 一般公共预算).
    /// </summary>
    private static readonly (string Pattern, string Kind)[] Kinds =
    [
        ("职能|职责", "duties"),
        ("单位构成|机构设置", "organization"),
        ("人员情况", "staffing"),
        ("^财政拨款收入支出决算总体情况", "fiscal_overview"),
        ("^收入支出决算总体情况", "income_expenditure_overview"),
        ("^收入决算情况", "income"),
        ("^支出决算情况", "expenditure"),
        ("基本支出决算情况", "basic_expenditure"),
        ("^一般公共预算财政拨款支出决算情况", "general_budget"),
        ("三公", "sangong"),
        ("政府性基金", "gov_fund"),
        ("国有资本经营", "state_capital"),
        ("预算绩效管理", "performance_management"),
        ("其他重要事项", "other_matters"),
        ("机关运行经费", "operating_costs"),
        ("政府采购", "procurement"),
        ("国有资产", "assets"),
    ];

    [GeneratedRegex("^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartHeading();

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex LevelOne();

    [GeneratedRegex("^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex LevelTwo();

    [GeneratedRegex(@"^\d{1,2}(、|\.(?!\d)|．)")]
    private static partial Regex LevelThree();

    [GeneratedRegex(@"^(?<name>.+?)\s*\d{4}\s*年度?部门决算表$")]
    private static partial Regex DepartmentLine();

    [GeneratedRegex("^单位[：:](?<unit>.+)$")]
    private static partial Regex UnitLine();

    /// <summary>部门：怀化市机关事务管理局 (text without spaces: the name ends where 公开05表 or 单位： begins).</summary>
    [GeneratedRegex("^部门[：:](?<name>.+?)(公开\\d+表|单位[：:]|$)")]
    private static partial Regex DepartmentLabel();

    [GeneratedRegex("单位[：:](?<unit>[^：:]+)$")]
    private static partial Regex UnitInLine();
}
