namespace Portal.Core.Configuration;

/// <summary>The settings of <c>site.yml</c>; paths are absolute once loaded.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }

    /// <summary>BCP 47 language of the UI, <c>zh-CN</c> unless site.yml says otherwise.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>Absolute URL of the published site, e.g. <c>https://example.gov.cn/portal/</c>.</summary>
    public string BaseUrl { get; init; } = "/";

    public string Theme { get; init; } = "default";

    public required string RootDirectory { get; init; }

    public required string ContentDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    public required string ThemesDirectory { get; init; }

    public string? Description { get; init; }

    /// <summary>Logo, 主办单位, 联系方式, 网站标识码 and 备案号, for the header and footer.</summary>
    public SiteIdentity Identity { get; init; } = SiteIdentity.None;

    /// <summary>The licence the site's data is published under (<c>license:</c> name and url), shown in the footer, on every data page and in datapackage.json.</summary>
    public SiteLicense? License { get; init; }
}

/// <summary>A data licence: its name as readers know it (知识共享署名 4.0) and, where it has one, the page of its terms.</summary>
public sealed record SiteLicense(string Name, string? Url);
