using Portal.Core.Model.Templates;

namespace Portal.Core.Model.Tables;

/// <summary>
/// The template tables a report published, in the template's order, found by role: a rule or a page asks for
/// <see cref="GeneralBudget"/>, never for a table number, so every template's report is read the same way.
/// </summary>
public sealed class ReportTables
{
    public static readonly ReportTables Empty = new(null, []);

    private readonly IReadOnlyList<IFormTable> _tables;

    public ReportTables(TableTemplate? template, IReadOnlyList<IFormTable> tables)
    {
        Template = template;
        _tables = tables;
    }

    /// <summary>The template the report follows; null when it names none and prints no table.</summary>
    public TableTemplate? Template { get; }

    /// <summary>The published tables in the template's order.</summary>
    public IReadOnlyList<IFormTable> All => _tables;

    public bool Any => _tables.Count > 0;

    public IFormTable? ByRole(TableRole role) => _tables.FirstOrDefault(t => t.Info.Form.Role.Equals(role));

    public IFormTable? ById(string id) => _tables.FirstOrDefault(t => t.Info.Form.Id == id);

    public TwoSidedTable? Summary => ByRole(TableRole.Summary) as TwoSidedTable;

    public CodedTable? Income => ByRole(TableRole.Income) as CodedTable;

    public CodedTable? Expenditure => ByRole(TableRole.Expenditure) as CodedTable;

    public TwoSidedTable? FiscalSummary => ByRole(TableRole.FiscalSummary) as TwoSidedTable;

    public CodedTable? GeneralBudget => ByRole(TableRole.GeneralBudget) as CodedTable;

    public EconomicDetailTable? BasicEconomic => ByRole(TableRole.BasicEconomic) as EconomicDetailTable;

    public CodedTable? GovFund => ByRole(TableRole.GovFund) as CodedTable;

    public CodedTable? StateCapital => ByRole(TableRole.StateCapital) as CodedTable;

    public SangongTable? Sangong => ByRole(TableRole.Sangong) as SangongTable;

    /// <summary>Every coded table (功能分类 rows), in the template's order.</summary>
    public IEnumerable<CodedTable> Coded => _tables.OfType<CodedTable>();
}
