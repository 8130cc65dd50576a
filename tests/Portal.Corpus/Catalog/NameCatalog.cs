namespace Portal.Corpus.Catalog;

/// <summary>Real cities and kinds of department, combined into plausible department names.</summary>
public static class NameCatalog
{
    public static readonly IReadOnlyList<Place> Places =
    [
        new("湖南省", "怀化市", "huaihua"), new("湖南省", "株洲市", "zhuzhou"), new("湖南省", "长沙市", "changsha"),
        new("湖南省", "湘潭市", "xiangtan"), new("湖南省", "衡阳市", "hengyang"), new("湖南省", "邵阳市", "shaoyang"),
        new("湖南省", "岳阳市", "yueyang"), new("湖南省", "常德市", "changde"), new("湖南省", "益阳市", "yiyang"),
        new("湖南省", "郴州市", "chenzhou"), new("湖南省", "永州市", "yongzhou"), new("湖南省", "娄底市", "loudi"),
        new("四川省", "攀枝花市", "panzhihua"), new("四川省", "成都市", "chengdu"), new("四川省", "绵阳市", "mianyang"),
        new("四川省", "自贡市", "zigong"), new("四川省", "泸州市", "luzhou"), new("四川省", "德阳市", "deyang"),
        new("四川省", "广元市", "guangyuan"), new("四川省", "遂宁市", "suining"), new("四川省", "内江市", "neijiang"),
        new("四川省", "乐山市", "leshan"), new("四川省", "南充市", "nanchong"), new("四川省", "宜宾市", "yibin"),
        new("江西省", "南昌市", "nanchang"), new("江西省", "赣州市", "ganzhou"), new("江西省", "九江市", "jiujiang"),
        new("湖北省", "宜昌市", "yichang"), new("湖北省", "襄阳市", "xiangyang"), new("湖北省", "荆州市", "jingzhou"),
        new("贵州省", "遵义市", "zunyi"), new("贵州省", "六盘水市", "liupanshui"), new("广西壮族自治区", "桂林市", "guilin"),
        new("广西壮族自治区", "柳州市", "liuzhou"), new("河南省", "洛阳市", "luoyang"), new("河南省", "开封市", "kaifeng"),
        new("安徽省", "芜湖市", "wuhu"), new("安徽省", "安庆市", "anqing"), new("浙江省", "温州市", "wenzhou"),
        new("浙江省", "绍兴市", "shaoxing"),
    ];

    public static readonly IReadOnlyList<Agency> Agencies =
    [
        new("机关事务管理局", "jiguan-shiwu", "负责市直机关事务的管理、保障和服务工作，承担办公用房、公务用车和公共机构节能管理"),
        new("财政局", "caizheng", "负责全市财政收支、财政政策和预算管理工作，组织编制年度预决算"),
        new("教育局", "jiaoyu", "负责全市教育事业的统筹规划和协调管理，推进教育改革与发展"),
        new("民政局", "minzheng", "负责全市社会救助、养老服务、社会组织和社区治理工作"),
        new("司法局", "sifa", "负责全市法治政府建设、公共法律服务和人民调解工作"),
        new("人力资源和社会保障局", "renshe", "负责全市就业创业、社会保险和人事人才工作"),
        new("自然资源和规划局", "ziran-ziyuan", "负责全市自然资源调查、国土空间规划和用途管制工作"),
        new("生态环境局", "shengtai-huanjing", "负责全市生态环境保护、污染防治和环境监测工作"),
        new("住房和城乡建设局", "zhujian", "负责全市住房保障、城乡建设和建筑市场监管工作"),
        new("交通运输局", "jiaotong", "负责全市公路、水路交通运输的规划、建设和管理工作"),
        new("水利局", "shuili", "负责全市水资源管理、水利工程建设和防汛抗旱工作"),
        new("农业农村局", "nongye-nongcun", "负责全市农业农村发展、乡村振兴和农产品质量安全工作"),
        new("商务局", "shangwu", "负责全市国内外贸易、招商引资和市场运行调节工作"),
        new("文化旅游广电体育局", "wenlv", "负责全市文化、旅游、广播电视和体育事业的发展与管理"),
        new("卫生健康委员会", "weijian", "负责全市医疗卫生、疾病预防控制和人口健康工作"),
        new("退役军人事务局", "tuiyi-junren", "负责全市退役军人安置、优抚和服务保障工作"),
        new("应急管理局", "yingji", "负责全市安全生产、防灾减灾和应急救援工作"),
        new("审计局", "shenji", "负责全市财政收支、财务收支和经济责任审计监督工作"),
        new("市场监督管理局", "shichang-jianguan", "负责全市市场主体登记、质量安全和市场秩序监管工作"),
        new("统计局", "tongji", "负责全市统计调查、统计数据发布和统计监督工作"),
        new("医疗保障局", "yibao", "负责全市医疗保险、生育保险和医疗救助工作"),
        new("林业局", "linye", "负责全市林业资源保护、造林绿化和森林防火工作"),
        new("信访局", "xinfang", "负责全市人民来信来访的受理、交办和督查工作"),
        new("档案馆", "danganguan", "负责全市档案的收集、保管、利用和档案信息化建设"),
        new("科学技术局", "keji", "负责全市科技创新、成果转化和科技项目管理工作"),
    ];

    /// <summary>二级单位 publish their own 决算 too: a department, then its subordinate units, give a national-size
    /// corpus enough distinct names (40 cities × 25 kinds × 8 units).</summary>
    public static readonly IReadOnlyList<(string Name, string Ascii)> Units =
    [
        (string.Empty, string.Empty), ("机关服务中心", "fuwu"), ("信息中心", "xinxi"), ("综合事务中心", "zonghe"),
        ("培训中心", "peixun"), ("监察执法支队", "zhifa"), ("后勤服务中心", "houqin"), ("档案资料室", "dangan"),
    ];
}
