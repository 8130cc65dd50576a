using Portal.Build.Load.Yaml;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Load.Readers;

/// <summary>Reads <c>department.yml</c>.</summary>
internal static class DepartmentReader
{
    public static readonly IReadOnlySet<string> Levels = new HashSet<string> { "province", "city", "district", "county" };

    public static Department? Read(MappingReader root, string slug, string filePath)
    {
        var name = root.RequiredText("name", "the department's official name, e.g. 怀化市机关事务管理局");
        var province = root.RequiredText("province", "the province, e.g. 湖南省");
        var level = root.RequiredText("level", "one of province, city, district, county");
        if (level.Length > 0 && !Levels.Contains(level))
        {
            root.Context.Error(root.Value("level")!, root.Child("level"), root.Context.Language.Say(
                $"行政级别应是 province（省级）、city（市级）、district（区级）、county（县级）之一，现在是 \"{level}\"",
                $"expected one of province, city, district, county, found \"{level}\""));
        }

        var department = new Department
        {
            Slug = slug,
            Name = name,
            ShortName = root.OptionalText("short_name"),
            Province = province,
            City = root.OptionalText("city"),
            District = root.OptionalText("district"),
            Level = level,
            FilePath = filePath,
        };
        root.RejectUnknownKeys();
        return department;
    }
}
