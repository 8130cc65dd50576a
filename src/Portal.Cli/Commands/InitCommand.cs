using System.CommandLine;
using Portal.Build.Scaffold;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary><c>portal init DIR</c>: start a site of one's own, in Chinese unless <c>--language en</c>.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter errors, CliText text)
    {
        var folder = new Argument<string>("folder") { Description = "新网站的文件夹（不存在或为空） / the new site's folder (new or empty)" };
        var example = new Option<bool>("--example") { Description = "带一个完整的示例部门 / include one complete example department" };
        var title = new Option<string?>("--title") { Description = "网站名称 / the site's title" };
        var language = new Option<string>("--language") { Description = "zh-CN（默认）或 en / zh-CN (default) or en", DefaultValueFactory = _ => "zh-CN" };
        language.AcceptOnlyFromAmong("zh-CN", "en");
        var command = new Command("init", text.Help("init")) { folder, example, title, language };
        command.SetAction(parse =>
        {
            var say = MessageLanguages.Of(parse.GetValue(language));
            var dir = parse.GetValue(folder)!;
            var result = SiteInitializer.Create(dir, parse.GetValue(example), parse.GetValue(title), say);
            if (!result.Succeeded)
            {
                errors.WriteLine(say.Say($"错误：{result.Error}", $"error: {result.Error}"));
                return 1;
            }

            output.WriteLine(say.Say($"已新建网站 {dir}（{result.Created.Count} 个文件）", $"created the site {dir} ({result.Created.Count} files)"));
            output.WriteLine(say.Say(
                $"下一步：cd {dir}，然后 portal new <部门文件夹名> <年度> 新建一份报告，portal serve 边改边看（说明见 {dir}/README.md）",
                $"next: cd {dir}, then portal new <department-slug> <year> to start a report and portal serve to watch it (see {dir}/README.md)"));
            return 0;
        });
        return command;
    }
}
