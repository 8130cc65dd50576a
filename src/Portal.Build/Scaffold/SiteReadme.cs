namespace Portal.Build.Scaffold;

/// <summary>The README.md that <c>portal init</c> puts in a new site: what to do next, in Chinese, for the webmaster.</summary>
public static class SiteReadme
{
    public static string Text(string? exampleSlug)
    {
        var start = exampleSlug is null
            ? """
              `content/` 现在是空的。新建第一个部门的一个年度：

              ```bash
              portal new huaihua-jiguan-shiwu 2024 --name 怀化市机关事务管理局
              ```

              部门文件夹名只用小写英文字母、数字和 `-`（例如 `huaihua-jiguan-shiwu`）。
              """
            : $"""
              `content/{exampleSlug}/` 是一个完整的示例部门（一份真实的部门决算，原样录入）。可以照着它填写自己的部门，
              不需要时删去整个文件夹即可。新建自己部门的一个年度：

              ```bash
              portal new huaihua-jiguan-shiwu 2024 --name 怀化市机关事务管理局
              ```
              """;
        return $$"""
            # 部门决算公开网站

            这个文件夹是一个用 Portal 生成的部门决算公开网站。每个部门每年一个 YAML 文件，Portal 把它们生成一个可以离线浏览的静态网站。

            ## 文件夹里有什么

            | 文件/文件夹 | 用途 |
            |---|---|
            | `site.yml` | 网站设置：网站名称、语言、发布地址 |
            | `content/<部门>/department.yml` | 部门信息（名称、省、市、级别） |
            | `content/<部门>/<年度>.yml` | 一个年度的部门决算：九张公开表、情况说明、名词解释、绩效自评 |
            | `content/<部门>/sources/<年度>.txt` | 公开文件的全文，网站在报告旁一并发布 |
            | `schema/` | 编辑器用的填写规则（VS Code 装 YAML 扩展后会自动补全、标出错误） |
            | `public/` | `portal build` 生成的网站（每次生成整体替换，不要手工修改） |

            ## 第一步

            {{start}}
            打开新建的 `<年度>.yml`，按公开文件填写。以 `# ` 开头的行是可启用的内容，删去 `# ` 两个字符即可；以 `## ` 开头的是说明。
            数字按公开文件原样填写（如 `922.207`、`0.00`），不写千位分隔符，不写“万元”；没有公开的填 `null`。

            ## 边改边看

            ```bash
            portal serve            # 打开 http://127.0.0.1:8080/ ，保存文件后页面自动刷新
            portal serve --open     # 同时打开浏览器
            portal serve --only huaihua-jiguan-shiwu   # 只预览一个部门，更快
            ```

            填写有误时，控制台和网页上都会用中文说明错在哪一行、应该怎么改；数据核对（数字是否相符）的结果也会显示。

            ## 发布

            ```bash
            portal build --strict   # 生成网站到 public/；还有占位文字或核对错误时不发布
            ```

            把 `public/` 文件夹整个上传到任何网站服务器即可（不需要数据库，也不需要在服务器上安装 Portal）。
            标着 `draft: true` 的报告是草稿，`portal build` 不发布，`portal serve` 中可以预览。

            ## 每年春天增加一个年度

            1. `portal new <部门文件夹名> <年度>`，例如 `portal new huaihua-jiguan-shiwu 2025`；
            2. 把公开文件的全文粘贴进 `content/<部门>/sources/<年度>.txt`；
            3. 照公开文件填写 `<年度>.yml`，`portal serve` 中逐项核对；
            4. `portal build --strict`，然后上传 `public/`。

            更多说明（全部字段、部署到 nginx/IIS、修改主题颜色）见 Portal 的中文说明 README.zh-CN.md。

            """;
    }
}
