namespace Portal.Core.Model.Tables;

/// <summary>A table of rows by 功能分类 code with one amount per form column (收入表, 支出表, 一般公共预算支出表 …).</summary>
public sealed record CodedTable(TableInfo Info, IReadOnlyList<CodedRow> Rows) : IFormTable
{
    /// <summary>The amount in the column with <paramref name="key"/>, or null where the form has no such column.</summary>
    public decimal? Amount(CodedRow row, string key) => Info.Form.ColumnIndex(key) is var i and >= 0 && i < row.Amounts.Count ? row.Amounts[i] : null;
}
