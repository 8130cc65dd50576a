using Portal.Corpus.Catalog;
using Portal.Corpus.Figures;

namespace Portal.Corpus.Writing;

/// <summary>Writes the nine 公开 tables of one report, into the YAML and into the source text beside it.</summary>
public sealed class TableWriter(ReportFigures figures, YamlText yaml, SourceText source)
{
    private const string AmountNote = "2.本套报表金额单位转换时可能存在尾数误差。";
    private readonly string _department = figures.Department.Name;

    public void WriteAll()
    {
        yaml.Block("tables", () =>
        {
            WriteIncomeExpenditure();
            WriteCoded("t02", "收入决算表", "公开02表", "注：本表反映部门本年度取得的各项收入情况。",
                i => [i.FiscalIncome + i.OtherIncome, i.FiscalIncome, 0m, 0m, 0m, 0m, i.OtherIncome], _ => true);
            WriteCoded("t03", "支出决算表", "公开03表", "注：本表反映部门本年度各项支出情况。",
                i => [i.Total, i.Basic, i.Project, 0m, 0m, 0m], _ => true);
            WriteFiscal();
            WriteCoded("t05", "一般公共预算财政拨款支出决算表", "公开05表", "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
                i => [i.FiscalTotal, i.FiscalBasic, i.FiscalProject], i => i.FiscalTotal > 0);
            WriteEconomic();
            WriteEmpty("t07", "政府性基金预算财政拨款收入支出决算表", "公开07表", 6,
                "说明：我单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。");
            WriteEmpty("t08", "国有资本经营预算财政拨款支出决算表", "公开08表", 3,
                "说明：我单位没有使用国有资本经营预算安排的支出，故本表无数据。");
            WriteSangong();
        });
    }

    private void Header(string title, string code, params string[] notes)
    {
        source.Add(string.Empty);
        var line = source.Add($"{title}");
        source.Add($"{code}");
        source.Add($"部门：{_department}\t\t金额单位：万元");
        yaml.Key("title", title).Key("code", code).Key("department_raw", _department).Key("unit", "万元").Key("source_line", line);
        if (notes.Length > 0)
        {
            yaml.Block("notes", () =>
            {
                foreach (var note in notes)
                {
                    yaml.Text(note);
                }
            });
        }
    }

    private void Print(params object?[] cells) =>
        source.Add(string.Join('\t', cells.Select(c => c switch
        {
            null => string.Empty,
            decimal d => Amounts.Format(d),
            _ => c.ToString(),
        })));

    private void Rows(string key, IEnumerable<object?[]> rows) => yaml.Block(key, () =>
    {
        foreach (var row in rows)
        {
            Print(row);
            yaml.Row(row);
        }
    });

    private void WriteIncomeExpenditure() => yaml.Block("t01", () =>
    {
        Header("收入支出决算总表", "公开01表", "注：1.本表反映部门本年度的总收支和年末结转结余情况。", AmountNote);
        string[] income = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"];
        decimal[] amounts = [figures.FiscalIncome, 0, 0, 0, 0, 0, 0, figures.OtherIncome];
        var rows = income.Select((item, i) => new object?[] { i + 1, item, amounts[i] }).ToList();
        rows.Add([rows.Count + 1, "本年收入合计", figures.Income]);
        rows.Add([rows.Count + 1, "使用非财政拨款结余（含专用结余）", 0m]);
        rows.Add([rows.Count + 1, "年初结转和结余", figures.CarryIn]);
        rows.Add([rows.Count + 1, "总计", figures.GrandTotal]);
        Rows("income", rows);

        var line = rows.Count;
        var expenditure = ClassLines(i => i.Total).Select(c => new object?[] { ++line, c.Numbered, c.Amount }).ToList();
        expenditure.Add([++line, "本年支出合计", figures.Expenditure]);
        expenditure.Add([++line, "结余分配", 0m]);
        expenditure.Add([++line, "年末结转和结余", figures.CarryOut]);
        expenditure.Add([++line, "总计", figures.Expenditure + figures.CarryOut]);
        Rows("expenditure", expenditure);
    });

    private void WriteFiscal() => yaml.Block("t04", () =>
    {
        Header("财政拨款收入支出决算总表", "公开04表", "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。");
        Rows("income", new object?[][]
        {
            [1, "一、一般公共预算财政拨款", figures.FiscalIncome],
            [2, "二、政府性基金预算财政拨款", 0m],
            [3, "三、国有资本经营预算财政拨款", 0m],
            [4, "本年收入合计", figures.FiscalIncome],
            [5, "年初财政拨款结转和结余", figures.CarryIn],
            [6, "一般公共预算财政拨款", figures.CarryIn],
            [7, "政府性基金预算财政拨款", 0m],
            [8, "国有资本经营预算财政拨款", 0m],
            [9, "总计", figures.FiscalGrandTotal],
        });
        var line = 9;
        var expenditure = ClassLines(i => i.FiscalTotal).Select(c => new object?[] { ++line, c.Numbered, c.Amount, c.Amount, 0m, 0m }).ToList();
        var spent = figures.FiscalExpenditure;
        expenditure.Add([++line, "本年支出合计", spent, spent, 0m, 0m]);
        expenditure.Add([++line, "年末财政拨款结转和结余", figures.CarryOut, figures.CarryOut, 0m, 0m]);
        expenditure.Add([++line, "总计", spent + figures.CarryOut, spent + figures.CarryOut, 0m, 0m]);
        Rows("expenditure", expenditure);
    });

    /// <summary>The 类 lines of 公开01/04: the always-printed ones and every 类 with spending, in national order.</summary>
    private IEnumerable<(string Numbered, decimal Amount)> ClassLines(Func<ItemFigures, decimal> amount) =>
        FunctionCatalog.ClassLines
            .Select(c => (c.Numbered, Amount: figures.Items.Where(i => i.Item.ClassCode == c.Code).Sum(amount), c.Code))
            .Where(c => FunctionCatalog.AlwaysPrinted.Contains(c.Code) || figures.Items.Any(i => i.Item.ClassCode == c.Code && amount(i) > 0))
            .Select(c => (c.Numbered, c.Amount));

    /// <summary>A 功能分类 table: 合计, then each 类 with its 款 and 项, every level the sum of the one below.</summary>
    private void WriteCoded(string key, string title, string code, string note, Func<ItemFigures, decimal[]> columns, Func<ItemFigures, bool> include) =>
        yaml.Block(key, () =>
        {
            Header(title, code, note);
            var items = figures.Items.Where(include).ToArray();
            decimal[] Sum(IEnumerable<ItemFigures> group) =>
                group.Select(columns).Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray());

            var rows = new List<object?[]> { Cells(null, "合计", Sum(items)) };
            foreach (var byClass in items.GroupBy(i => (i.Item.ClassCode, i.Item.ClassName)))
            {
                rows.Add(Cells(byClass.Key.ClassCode, byClass.Key.ClassName, Sum(byClass)));
                foreach (var bySection in byClass.GroupBy(i => (i.Item.SectionCode, i.Item.SectionName)))
                {
                    rows.Add(Cells(bySection.Key.SectionCode, bySection.Key.SectionName, Sum(bySection)));
                    rows.AddRange(bySection.Select(i => Cells(i.Item.Code, i.Item.Name, columns(i))));
                }
            }

            Rows("rows", rows);
        });

    private static object?[] Cells(string? code, string name, decimal[] amounts) =>
        [code, name, .. amounts.Cast<object?>()];

    private void WriteEconomic() => yaml.Block("t06", () =>
    {
        Header("一般公共预算财政拨款基本支出决算明细表", "公开06表", "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
        yaml.Block("groups", () =>
        {
            foreach (var group in EconomicCatalog.Items.GroupBy(e => e.Group))
            {
                yaml.Nested(() =>
                {
                    foreach (var line in group)
                    {
                        var amount = line.IsClass ? figures.EconomicClass(line.Code) : figures.Economic[line.Code];
                        Print(line.Code, line.Name, amount);
                        yaml.Row(line.Code, line.Name, amount);
                    }
                });
            }
        });
        Print("人员经费合计", figures.Personnel, "公用经费合计", figures.Public);
        yaml.Key("personnel_total", figures.Personnel).Key("public_total", figures.Public);
    });

    private void WriteEmpty(string key, string title, string code, int columns, string noData) => yaml.Block(key, () =>
    {
        Header(title, code);
        source.Add(noData);
        yaml.Key("no_data", noData);
        object?[] total = [null, "合计", .. Enumerable.Repeat<object?>(0m, columns)];
        Rows("rows", [total]);
    });

    private void WriteSangong() => yaml.Block("t09", () =>
    {
        Header("财政拨款“三公”经费支出决算表", "公开09表", "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。");
        void Side(string key, SangongFigures s)
        {
            Print(key == "budget" ? "预算数" : "决算数", s.Total, s.Overseas, s.Vehicles, s.VehiclePurchase, s.VehicleOperation, s.Reception);
            yaml.Raw($"{key}: {{total: {Amounts.Format(s.Total)}, overseas: {Amounts.Format(s.Overseas)}, vehicles: {Amounts.Format(s.Vehicles)}, " +
                $"vehicle_purchase: {Amounts.Format(s.VehiclePurchase)}, vehicle_operation: {Amounts.Format(s.VehicleOperation)}, reception: {Amounts.Format(s.Reception)}}}");
        }

        Side("budget", figures.SangongBudget);
        Side("actual", figures.SangongActual);
        if (figures.SangongBudget.Total == 0 && figures.SangongActual.Total == 0)
        {
            // An all-zero table says so, as the template requires (本表无数据).
            const string noData = "说明：本单位本年度没有财政拨款“三公”经费支出，故本表无数据。";
            source.Add(noData);
            yaml.Key("no_data", noData);
        }
    });
}
