using System.Collections;
using Portal.Core.Model.Templates;

namespace Portal.Build.Classification;

/// <summary>
/// A coded row's amounts paired with its form's column names, made as they are read: a classification page lists
/// every department-year that prints its 科目, and holding a copy of each amount for every such row grows with the
/// whole site. Pairs columns and amounts as far as both go, as the form and the row print them.
/// </summary>
internal sealed class ClassificationAmounts(IReadOnlyList<FormColumn> columns, IReadOnlyList<decimal?> amounts) : IReadOnlyList<ClassificationAmount>
{
    public int Count { get; } = Math.Min(columns.Count, amounts.Count);

    public ClassificationAmount this[int index] =>
        (uint)index < (uint)Count ? new ClassificationAmount(columns[index].Name, amounts[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<ClassificationAmount> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
