using Portal.Corpus.Catalog;

namespace Portal.Corpus.Figures;

/// <summary>
/// Draws one department-year's numbers from the department's random stream. Amounts are synthetic; the way
/// they add up is not: every total is the sum of its parts and the previous year's 年末结转 is this year's 年初.
/// </summary>
public sealed class FiguresGenerator(DepartmentPlan department)
{
    private readonly Random _random = new(department.Seed);
    private ReportFigures? _previous;

    public Random Random => _random;

    /// <summary>The next year of the department; call once per year, oldest first.</summary>
    public ReportFigures Next(int year)
    {
        var expenditure = _previous is null
            ? Math.Round((decimal)Math.Exp(Math.Log(200) + _random.NextDouble() * Math.Log(100)), 2)
            : Amounts.Share(_previous.Expenditure, 0.85 + _random.NextDouble() * 0.35);
        var items = DrawItems(expenditure);
        var fiscal = items.Sum(i => i.FiscalTotal);
        var carryIn = _previous?.CarryOut ?? (_random.NextDouble() < 0.5 ? 0m : Amounts.Share(fiscal, _random.NextDouble() * 0.03));
        var carryOut = _random.NextDouble() < 0.4 ? 0m : Amounts.Share(fiscal, _random.NextDouble() * 0.03);
        items = CarryThroughLargest(items, carryOut - carryIn);
        var economic = DrawEconomic(items.Sum(i => i.FiscalBasic));
        var actual = new SangongFigures(economic["30212"], economic["31013"], economic["30231"], economic["30217"]);
        var staff = 8 + (int)(expenditure / 60) + _random.Next(0, 12);

        var grandTotal = items.Sum(i => i.FiscalIncome + i.OtherIncome) + carryIn;
        var fiscalGrandTotal = items.Sum(i => i.FiscalIncome) + carryIn;
        var figures = new ReportFigures
        {
            Department = department,
            Year = year,
            Items = items,
            CarryIn = carryIn,
            CarryOut = carryOut,
            Economic = economic,
            SangongActual = actual,
            SangongBudget = new SangongFigures(Budget(actual.Overseas), Budget(actual.VehiclePurchase), Budget(actual.VehicleOperation), Budget(actual.Reception)),
            PreviousGrandTotal = _previous?.GrandTotal ?? Amounts.Share(grandTotal, 0.85 + _random.NextDouble() * 0.35),
            PreviousFiscalGrandTotal = _previous?.FiscalGrandTotal ?? Amounts.Share(fiscalGrandTotal, 0.85 + _random.NextDouble() * 0.35),
            StaffAuthorized = staff,
            StaffActual = staff - _random.Next(0, 4),
            StaffRetired = _random.Next(0, staff / 2 + 1),
            Projects = DrawProjects(items.Sum(i => i.Project)),
        };
        _previous = figures;
        return figures;
    }

    private List<ItemFigures> DrawItems(decimal expenditure)
    {
        var catalog = FunctionCatalog.Items;
        var chosen = catalog.Where(i => i.Code is "2010301" or "2080505" or "2101101").ToList();
        var optional = catalog.Except(chosen).OrderBy(_ => _random.Next()).Take(_random.Next(2, 9));
        chosen = [.. chosen.Concat(optional).OrderBy(i => i.Code, StringComparer.Ordinal)];

        var totals = Amounts.Split(_random, expenditure, chosen.Count);
        var items = new List<ItemFigures>(chosen.Count);
        for (var i = 0; i < chosen.Count; i++)
        {
            var item = chosen[i];
            var basic = item.IsBasic ? totals[i] : Amounts.Share(totals[i], _random.NextDouble() * 0.4);
            var project = totals[i] - basic;

            // 其他支出 is paid from 其他收入 (as in the sample); a few other 项 take part of their 项目 money from it.
            var otherShare = item.Code == "2299999" ? 1.0 : _random.NextDouble() < 0.2 ? _random.NextDouble() * 0.3 : 0.0;
            var fiscalBasic = item.Code == "2299999" ? 0m : basic;
            var fiscalProject = project - Amounts.Share(project, otherShare);
            items.Add(new ItemFigures(item, basic, project, fiscalBasic, fiscalProject) { FiscalIncome = fiscalBasic + fiscalProject });
        }

        return items;
    }

    /// <summary>财政拨款收入 = 支出 + 年末 − 年初: the 项 with most fiscal money carries the difference.</summary>
    private static List<ItemFigures> CarryThroughLargest(List<ItemFigures> items, decimal change)
    {
        var largest = items.IndexOf(items.MaxBy(i => i.FiscalTotal)!);
        items[largest] = items[largest] with { FiscalIncome = items[largest].FiscalIncome + change };
        return items;
    }

    private Dictionary<string, decimal> DrawEconomic(decimal fiscalBasic)
    {
        var sections = EconomicCatalog.Items.Where(e => !e.IsClass).ToArray();
        var personnel = Amounts.Share(fiscalBasic, 0.55 + _random.NextDouble() * 0.25);
        var economic = sections.ToDictionary(e => e.Code, _ => 0m);
        Spread(economic, personnel, sections.Where(e => EconomicCatalog.PersonnelClasses.Contains(e.ClassCode)), 0.6);

        // 三公 lines are always among the 公用经费 drawn, so 公开09 决算 comes out of 公开06.
        var publicLines = sections.Where(e => !EconomicCatalog.PersonnelClasses.Contains(e.ClassCode)).ToArray();
        var sangong = new[] { "30212", "30217", "30231", "31013" };
        var picked = publicLines.Where(e => sangong.Contains(e.Code) ? _random.NextDouble() < 0.6 : _random.NextDouble() < 0.45).ToList();
        if (!picked.Any(e => e.Code == "30201"))
        {
            picked.Add(publicLines.Single(e => e.Code == "30201"));
        }

        Spread(economic, fiscalBasic - personnel, picked, 1.0);
        return economic;
    }

    private void Spread(Dictionary<string, decimal> economic, decimal total, IEnumerable<EconomicItem> candidates, double keep)
    {
        var lines = candidates.Where(_ => _random.NextDouble() < keep).ToList();
        if (lines.Count == 0)
        {
            lines.Add(candidates.First());
        }

        var parts = Amounts.Split(_random, total, lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            economic[lines[i].Code] = parts[i];
        }
    }

    private decimal Budget(decimal actual) => actual == 0 ? 0 : Amounts.Share(actual, 0.8 + _random.NextDouble() * 0.5);

    private List<ProjectFigures> DrawProjects(decimal projectExpenditure)
    {
        if (projectExpenditure <= 0)
        {
            return [];
        }

        var names = ProjectCatalog.Names.OrderBy(_ => _random.Next()).Take(_random.Next(1, 5)).ToArray();
        var spent = Amounts.Split(_random, projectExpenditure, names.Length);
        return names.Select((name, i) =>
        {
            var budget = spent[i] + Amounts.Share(spent[i], _random.NextDouble() * 0.1);
            return new ProjectFigures(name, Amounts.Share(budget, 0.7 + _random.NextDouble() * 0.3), budget, spent[i]);
        }).ToList();
    }
}
