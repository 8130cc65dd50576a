namespace Portal.Build.Scaffold;

/// <summary>The text of a new <c>department.yml</c>, with the department's name when it was given.</summary>
public static class DepartmentScaffold
{
    public const string NamePlaceholder = Placeholders.DepartmentName;

    public static string Text(string schemaPath, string name) => $"""
        # yaml-language-server: $schema={schemaPath}
        ## 部门信息（不随年度变化）。以 "# " 开头的行删去这两个字符即可启用。
        name: {YamlScalar.Of(name)}                    ## 部门全称，例如 怀化市机关事务管理局
        # short_name: null              ## 简称
        province: {Placeholders.Province}              ## 例如 湖南省
        # city: null                    ## 市，例如 怀化市
        # district: null                ## 区/县
        level: city                     ## 行政级别：province | city | district | county

        """;
}
