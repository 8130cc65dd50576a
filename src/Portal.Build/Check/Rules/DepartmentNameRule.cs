using Portal.Core.Model.Templates;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>The department's name is the same everywhere: every table's “部门：” line and the 自评表's 部门 fields.</summary>
public sealed class DepartmentNameRule : ICheckRule
{
    private static readonly string[] DepartmentFields = ["预算部门名称", "主管部门", "部门名称"];

    public string Id => "names.department";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var name = context.Department.Name;
        foreach (var table in context.Report.Tables.All)
        {
            if (table.Info.DepartmentRaw is { } printed && Clean(printed) != name)
            {
                yield return context.Flag(Id, FindingSeverity.Warning, TablePaths.Field(table.Info.Form, "department_raw"),
                    $"{table.Info.ShortName} 的部门名称印为“{printed}”，与部门名称“{name}”不一致。");
            }
        }

        foreach (var (path, title, evaluation) in Evaluations.Of(context.Report))
        {
            for (var i = 0; i < evaluation.Fields.Count; i++)
            {
                var field = evaluation.Fields[i];
                for (var c = 0; c + 1 < field.Count; c += 2)
                {
                    if (field[c].Text is { } label && DepartmentFields.Contains(Clean(label)) && field[c + 1].Text is { } value && Clean(value) != name)
                    {
                        yield return context.Flag(Id, FindingSeverity.Warning, $"{path}.fields[{i}][{c + 1}]",
                            $"{title}的“{Clean(label)}”印为“{value}”，与部门名称“{name}”不一致。");
                    }
                }
            }
        }
    }

    private static string Clean(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("　", string.Empty, StringComparison.Ordinal).Replace("部门：", string.Empty, StringComparison.Ordinal);
}
