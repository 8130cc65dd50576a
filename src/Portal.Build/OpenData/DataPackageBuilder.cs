using System.Text.Json.Nodes;
using Portal.Core.Configuration;

namespace Portal.Build.OpenData;

/// <summary>
/// <c>datapackage.json</c>: a Frictionless Tabular Data Package listing every table CSV of the site.
/// Fields carry the Fiscal Data Package properties where they fit: <c>classificationType</c> on
/// 科目编码 columns, <c>direction</c>, <c>phase</c>, <c>currency</c> and <c>factor</c> on amounts.
/// </summary>
public static class DataPackageBuilder
{
    public sealed record Resource(string Slug, string DepartmentName, int Year, DataTable Table);

    public static byte[] Write(SiteConfig config, IEnumerable<Resource> resources)
    {
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "portal-bumen-juesuan",
            ["title"] = config.Title,
        };
        if (config.Description is not null)
        {
            package["description"] = config.Description;
        }

        if (Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var home) && home.Scheme is "http" or "https")
        {
            package["homepage"] = home.ToString();
        }

        package["resources"] = new JsonArray(resources.Select(ResourceNode).ToArray<JsonNode?>());
        return OpenDataJson.Serialize(package);
    }

    private static JsonObject ResourceNode(Resource resource)
    {
        var table = resource.Table;
        return new JsonObject
        {
            ["name"] = $"{resource.Slug}-{resource.Year}-{table.Id}",
            ["path"] = OpenDataPaths.Table(resource.Slug, resource.Year, table.Id, "csv"),
            ["profile"] = "tabular-data-resource",
            ["title"] = table.Code is null ? $"{resource.DepartmentName} {resource.Year}年度 {table.Title}" : $"{resource.DepartmentName} {resource.Year}年度 {table.Code} {table.Title}",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject { ["fields"] = new JsonArray(table.Columns.Select(c => Field(c, table.Unit)).ToArray<JsonNode?>()) },
        };
    }

    private static JsonObject Field(DataColumn column, string unit)
    {
        var field = new JsonObject
        {
            ["name"] = column.Name,
            ["type"] = column.Kind switch
            {
                DataColumnKind.Amount => "number",
                DataColumnKind.Integer => "integer",
                _ => "string",
            },
        };
        if (column.Classification is not null)
        {
            field["classificationType"] = column.Classification;
        }

        if (column.Kind == DataColumnKind.Amount)
        {
            field["description"] = $"金额，单位：{unit}";
            field["currency"] = "CNY";
            if (unit == "万元")
            {
                field["factor"] = 10000;
            }

            if (column.Direction is not null)
            {
                field["direction"] = column.Direction;
            }

            if (column.Phase is not null)
            {
                field["phase"] = column.Phase;
            }
        }

        return field;
    }
}
