using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Build.Modeling;
using Portal.Core.Configuration;
using Portal.Core.Model;

namespace Portal.Build.OpenData;

/// <summary>
/// <c>datapackage.json</c>: a Frictionless Tabular Data Package listing every table CSV of the site and the tidy
/// <c>figures.csv</c>, with the site's licence (site.yml <c>license:</c>), every published document it was transcribed
/// from as a source, and the data's date as its version and <c>created</c> (the newest report's last commit, so the same
/// sources give the same package). Fields carry the Fiscal Data Package properties where they fit: <c>classificationType</c> on
/// 科目编码 columns, <c>direction</c>, <c>phase</c>, <c>currency</c> and <c>factor</c> on amounts.
/// </summary>
public static class DataPackageBuilder
{
    /// <summary>A table CSV of the package; its <see cref="Table"/> needs only its id, code, title, unit and columns (no rows).</summary>
    public sealed record Resource(string Slug, string DepartmentName, int Year, DataTable Table);

    /// <summary>A published document the package was transcribed from: its title (and publisher), and where its text is on the site.</summary>
    public sealed record Source(string Title, string Path)
    {
        public static Source Of(Department department, Report report) => new(
            report.Source.PublishedBy is { } by ? $"{report.Source.Title}（{by}）" : report.Source.Title,
            SiteModelBuilder.SourceTextPath(department.Slug, report.Year));
    }

    /// <summary>
    /// Writes the package to <paramref name="destination"/>, resource by resource: a large site lists hundreds of
    /// thousands of tables, too many to hold as one JSON tree. The bytes are those of the whole tree serialized with
    /// <see cref="OpenDataJson.Options"/>.
    /// </summary>
    public static void Write(Stream destination, SiteConfig config, DateTimeOffset? dataDate, IEnumerable<Resource> resources, IEnumerable<Source> sources)
    {
        var options = OpenDataJson.Options;
        using var json = new Utf8JsonWriter(destination, new JsonWriterOptions
        {
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            Encoder = options.Encoder,
            MaxDepth = options.MaxDepth,
        });
        json.WriteStartObject();
        foreach (var (name, value) in Head(config, dataDate, sources))
        {
            json.WritePropertyName(name);
            if (value is null)
            {
                json.WriteNullValue();
            }
            else
            {
                value.WriteTo(json, options);
            }
        }

        json.WriteStartArray("resources");
        foreach (var resource in resources)
        {
            ResourceNode(resource).WriteTo(json, options);
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        FiguresNode().WriteTo(json, options);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Every property of the package before its resources, in order.</summary>
    private static JsonObject Head(SiteConfig config, DateTimeOffset? dataDate, IEnumerable<Source> sources)
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

        if (dataDate is { } date)
        {
            package["version"] = date.UtcDateTime.ToString("yyyy.M.d", CultureInfo.InvariantCulture);
            package["created"] = date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        if (config.License is { } license)
        {
            var node = new JsonObject { ["title"] = license.Name };
            // A Data Package licence needs a path or a name; the name alone stands when site.yml gives no url.
            node[license.Url is null ? "name" : "path"] = license.Url ?? license.Name;

            package["licenses"] = new JsonArray(node);
        }

        package["sources"] = new JsonArray(sources.Select(s => (JsonNode?)new JsonObject
        {
            ["title"] = s.Title,
            ["path"] = s.Path,
        }).ToArray());
        return package;
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
            ["schema"] = new JsonObject { ["fields"] = new JsonArray(TableOrigin.Columns.Concat(table.Columns).Select(c => Field(c, table.Unit)).ToArray<JsonNode?>()) },
        };
    }

    private static JsonObject FiguresNode() => new()
    {
        ["name"] = "figures",
        ["path"] = OpenDataPaths.Figures,
        ["profile"] = "tabular-data-resource",
        ["title"] = "全部数字（长表：每行一个金额）",
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8",
        ["schema"] = new JsonObject
        {
            ["fields"] = new JsonArray(FiguresCsv.Header.Select(name => (JsonNode?)new JsonObject
            {
                ["name"] = name,
                ["type"] = name switch { "年度" or "行" => "integer", "金额" => "number", _ => "string" },
            }).ToArray()),
        },
    };

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
