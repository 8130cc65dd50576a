namespace Portal.Core.Configuration;

/// <summary>
/// Who runs the site, as Chinese government sites show it in the header and footer: the logo, 主办单位, 联系方式,
/// 网站标识码, ICP 备案号 and 公安机关备案号 (the data's licence is SiteConfig.License). Each is optional and shown only when set: a
/// registration number is never made up.
/// </summary>
public sealed record SiteIdentity
{
    public static readonly SiteIdentity None = new();

    /// <summary>The real path of the logo image (site.yml <c>logo</c>, inside the site's folder), copied to <see cref="LogoOutputPath"/>.</summary>
    public string? Logo { get; init; }

    /// <summary>主办单位 (site.yml <c>organizer</c>).</summary>
    public string? Organizer { get; init; }

    /// <summary>联系方式 (site.yml <c>contact</c>): a telephone number, an address or an e-mail address, as written.</summary>
    public string? Contact { get; init; }

    /// <summary>网站标识码 (site.yml <c>site_code</c>), the code of the national government-website register.</summary>
    public string? SiteCode { get; init; }

    /// <summary>ICP 备案号 (site.yml <c>icp</c>), e.g. 湘ICP备00000000号; linked to the MIIT register.</summary>
    public string? Icp { get; init; }

    /// <summary>公安机关备案号 (site.yml <c>police_record</c>), e.g. 湘公网安备 00000000000000号.</summary>
    public string? PoliceRecord { get; init; }

    /// <summary>Where the logo is published: <c>assets/logo</c> with the image's own extension.</summary>
    public string? LogoOutputPath => Logo is null ? null : "assets/logo" + Path.GetExtension(Logo).ToLowerInvariant();
}
