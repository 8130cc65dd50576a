namespace Portal.Corpus.Catalog;

/// <summary>
/// The 支出功能分类 类/款/项 the sample reports use (公开02/03/05 of content/), so generated tables carry real
/// classification codes. Ordered by code, as the tables print them.
/// </summary>
public static class FunctionCatalog
{
    private const string Gps = "一般公共服务支出";
    private const string Office = "政府办公厅（室）及相关机构事务";
    private const string Social = "社会保障和就业支出";
    private const string Pension = "行政事业单位养老支出";
    private const string Health = "卫生健康支出";

    public static readonly IReadOnlyList<FunctionItem> Items =
    [
        new("201", Gps, "20101", "人大事务", "2010104", "人大会议"),
        new("201", Gps, "20102", "政协事务", "2010204", "政协会议"),
        new("201", Gps, "20103", Office, "2010301", "行政运行") { IsBasic = true },
        new("201", Gps, "20103", Office, "2010302", "一般行政管理事务"),
        new("201", Gps, "20103", Office, "2010303", "机关服务"),
        new("201", Gps, "20103", Office, "2010399", "其他政府办公厅（室）及相关机构事务支出"),
        new("201", Gps, "20131", "党委办公厅（室）及相关机构事务", "2013199", "其他党委办公厅（室）及相关机构事务支出"),
        new("201", Gps, "20132", "组织事务", "2013299", "其他组织事务支出"),
        new("201", Gps, "20199", "其他一般公共服务支出", "2019999", "其他一般公共服务支出"),
        new("208", Social, "20805", Pension, "2080505", "机关事业单位基本养老保险缴费支出") { IsBasic = true },
        new("208", Social, "20805", Pension, "2080599", "其他行政事业单位养老支出") { IsBasic = true },
        new("210", Health, "21011", "行政事业单位医疗", "2101101", "行政单位医疗") { IsBasic = true },
        new("210", Health, "21013", "医疗救助", "2101301", "城乡医疗救助"),
        new("229", "其他支出", "22999", "其他支出", "2299999", "其他支出"),
    ];

    /// <summary>公开01/04 print every 类 line from 一般公共服务 to 科学技术, then the 类 the department used, numbered
    /// by the 类's place in the national list.</summary>
    public static readonly IReadOnlyList<(string Code, string Numbered)> ClassLines =
    [
        ("201", "一、一般公共服务支出"),
        ("202", "二、外交支出"),
        ("203", "三、国防支出"),
        ("204", "四、公共安全支出"),
        ("205", "五、教育支出"),
        ("206", "六、科学技术支出"),
        ("207", "七、文化旅游体育与传媒支出"),
        ("208", "八、社会保障和就业支出"),
        ("210", "九、卫生健康支出"),
        ("229", "二十三、其他支出"),
    ];

    /// <summary>The 类 lines printed whether or not the department spent anything there.</summary>
    public static readonly IReadOnlySet<string> AlwaysPrinted = new HashSet<string> { "201", "202", "203", "204", "205", "206", "207" };
}
