using System.Net;
using Portal.Build.Tests.Support;
using Portal.Cli.Serve;

namespace Portal.Cli.Tests.Serve;

/// <summary>portal serve end to end on 127.0.0.1: real HTTP requests, real file edits, bounded waits.</summary>
public sealed class ServeSessionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TempSite _site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    private ServeSession _session = null!;

    public async Task InitializeAsync() =>
        _session = await ServeSession.StartAsync(_site.Config(), Path.Combine(_site.Root, "site.yml"), new ServeOptions(0), _output, _errors, CliText.For(["--site", Path.Combine(_site.Root, "site.yml")]));

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task An_http_request_gets_the_report_page_with_the_live_reload_script()
    {
        Assert.Equal(IPAddress.Loopback.ToString(), _session.Address.Host);
        using var response = await _http.GetAsync(new Uri(_session.Address, "ceshi/2023/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>测试市机关事务局2023年度部门决算</h1>", html);
        Assert.Contains("<script src=\"/__portal/live.js\"></script>\n</body>", html);
    }

    [Theory]
    [InlineData("evil.example", "421 Misdirected Request")]
    [InlineData("evil.example:{port}", "421 Misdirected Request")]
    [InlineData("127.0.0.1.evil.example", "421 Misdirected Request")]
    [InlineData("localhost.evil.example:{port}", "421 Misdirected Request")]
    [InlineData("localhost:{port}", "200 OK")]
    [InlineData("LOCALHOST", "200 OK")]
    [InlineData("127.0.0.1:{port}", "200 OK")]
    [InlineData("127.1.2.3", "200 OK")]
    [InlineData("[::1]:{port}", "200 OK")]
    public async Task A_request_addressed_to_any_other_host_than_a_loopback_name_is_refused(string host, string status)
    {
        // A raw request: HttpClient would set Host from the URL, and DNS rebinding is exactly a Host that differs.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _session.Address.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET /ceshi/2023/ HTTP/1.1\r\nHost: {host.Replace("{port}", _session.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync();

        Assert.StartsWith($"HTTP/1.1 {status}\r\n", response, StringComparison.Ordinal);
        Assert.Equal(status.StartsWith("421", StringComparison.Ordinal), !response.Contains("测试市机关事务局", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("office-pc:8080", true)]
    [InlineData("OFFICE-PC", true)]
    [InlineData("127.0.0.1:8080", true)]
    [InlineData("evil.example:8080", false)]
    [InlineData("office-pc.evil.example", false)]
    public void With_host_a_request_may_also_name_the_host_the_webmaster_gave(string requested, bool allowed) =>
        Assert.Equal(allowed, DevServer.IsAllowedHost(new Microsoft.AspNetCore.Http.HostString(requested), new ServeHost("office-pc")));

    [Fact]
    public async Task Data_files_and_folders_without_a_slash_are_served_like_a_static_host_would()
    {
        using var csv = await _http.GetAsync(new Uri(_session.Address, "ceshi/2023/data/t02.csv"));
        using var folder = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync(new Uri(_session.Address, "ceshi/2023"));
        using var missing = await _http.GetAsync(new Uri(_session.Address, "nope/"));

        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, (await csv.Content.ReadAsByteArrayAsync())[..3]);
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/ceshi/2023/", folder.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_edit_to_the_yaml_is_picked_up_and_only_that_department_is_rendered_again()
    {
        var version = _session.Site.Version;
        Edit("content/ceshi/2023.yml", "title: 测试市机关事务局2023年度部门决算", "title: 改过的标题");

        var html = await PageWhen("ceshi/2023/", h => h.Contains("<h1>改过的标题</h1>", StringComparison.Ordinal));

        Assert.Contains("<h1>改过的标题</h1>", html);
        Assert.True(_session.Site.Version > version);
        Assert.Matches(@"已重新生成，用时 \d+ 毫秒：渲染了 \d+ / \d+ 个页面", _output.ToString());
    }

    [Fact]
    public async Task A_department_year_started_with_portal_new_while_serving_goes_live()
    {
        Assert.True(Portal.Build.Scaffold.Scaffolder.Create(_site.Config(), "xin-ju", 2024, "新测试局").Succeeded);

        var html = await PageWhen("xin-ju/2024/", h => h.Contains("<h1>新测试局2024年度部门决算</h1>", StringComparison.Ordinal));

        Assert.Contains("<script src=\"/__portal/live.js\"></script>", html);
        Assert.Contains("新测试局", await _http.GetStringAsync(_session.Address));
    }

    [Fact]
    public async Task A_broken_edit_is_reported_while_the_last_good_page_keeps_being_served()
    {
        Edit("content/ceshi/2023.yml", "code: 公开02表", "code: 公开02表\n    colour: red");

        await Until(() => _session.Site.Error is not null);
        using var response = await _http.GetAsync(new Uri(_session.Address, "ceshi/2023/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>测试市机关事务局2023年度部门决算</h1>", await response.Content.ReadAsStringAsync());
        Assert.Contains("2023.yml:", _session.Site.Error);
        Assert.Contains("tables.t02.colour: 不认识的键 'colour'", _session.Site.Error);
        Assert.Contains("生成失败：仍在显示上一次成功的网站", _errors.ToString());
        Assert.Contains("不认识的键 'colour'", await FirstEvents("build-error"));
    }

    [Fact]
    public async Task Saving_a_report_prints_its_accounts_findings_and_sends_them_to_the_panel_over_the_page()
    {
        Assert.Null(_session.Site.Findings);

        Edit("content/ceshi/2023.yml", "title: 测试市机关事务局2023年度部门决算", "title: 改过的标题");
        await Until(() => _session.Site.Findings is not null);

        var file = Portal.Build.Load.ContentLoader.Display(Path.Combine(_site.Content, "ceshi", "2023.yml"));
        var count = _session.Site.Findings!.Split('\n').Length;
        Assert.All(_session.Site.Findings.Split('\n'), line => Assert.StartsWith($"{file}:", line, StringComparison.Ordinal));
        Assert.All(_session.Site.Findings.Split('\n'), line => Assert.Matches(@"^\S+:\d+:\d+: (错误|存疑|尾数误差): \[[a-z0-9.-]+\] ", line));
        Assert.Contains($"{file}：数据核对发现 {count} 项\n{_session.Site.Findings}\n", _output.ToString().ReplaceLineEndings("\n"));
        Assert.Null(_session.Site.Error);
        Assert.Contains("event: findings\n", await FirstEvents("findings"));
        Assert.Equal("ceshi/2023/", _session.Site.SavedPage);
        Assert.Contains($"event: saved\ndata: {{\"version\":{_session.Site.Version},\"path\":\"/ceshi/2023/\"}}\n\nevent: version\n", await FirstEvents("version"));
    }

    [Fact]
    public async Task The_overlay_script_speaks_the_site_language()
    {
        var script = await _http.GetStringAsync(new Uri(_session.Address, "__portal/live.js"));

        Assert.Contains("\"portal serve：刚才的修改无法生成网站；下面显示的是上一次成功的页面。\"", script);
        Assert.Contains("\"数据核对\"", script);
        Assert.Contains("\"关闭\"", script);
    }

    [Theory]
    [InlineData("brackets", "lists and mappings are nested more than 64 deep here")]
    [InlineData("alias bomb", "with its aliases (*name) expanded, the file holds more than 1,000,000 values")]
    public async Task A_save_that_used_to_kill_the_server_is_reported_and_the_next_good_save_is_built(string hostile, string reported)
    {
        var good = File.ReadAllText(Path.Combine(_site.Root, "content/ceshi/2023.yml"));
        if (hostile == "brackets")
        {
            Edit("content/ceshi/2023.yml", "title: 测试市机关事务局2023年度部门决算", "title: " + new string('[', 30_000) + new string(']', 30_000));
        }
        else
        {
            // Sections hold sections, so the reader follows every alias: ten million sections from 2 KB.
            var levels = Enumerable.Range(0, 7).Select(i => i == 0
                ? "{heading: s, sections: &s0 [" + string.Join(", ", Enumerable.Repeat("{heading: a}", 10)) + "]}"
                : $"{{heading: s, sections: &s{i} [" + string.Join(", ", Enumerable.Repeat($"{{heading: a, sections: *s{i - 1}}}", 10)) + "]}");
            Edit("content/ceshi/2023.yml", "overview:\n  heading_raw: 第一部分 概况\n  sections:\n", "overview:\n  heading_raw: 第一部分 概况\n  sections: [" + string.Join(", ", levels) + "]\n  replaced_sections:\n");
        }

        await Until(() => _session.Site.Error?.Contains(reported, StringComparison.Ordinal) == true);
        File.WriteAllText(Path.Combine(_site.Root, "content/ceshi/2023.yml"), good.Replace("title: 测试市机关事务局2023年度部门决算", "title: 改好的标题", StringComparison.Ordinal));
        var html = await PageWhen("ceshi/2023/", h => h.Contains("<h1>改好的标题</h1>", StringComparison.Ordinal));

        Assert.Contains("<h1>改好的标题</h1>", html);
        Assert.Null(_session.Site.Error);
    }

    [Fact]
    public async Task A_save_of_site_yml_that_makes_the_rebuild_throw_is_reported_and_watching_goes_on()
    {
        var siteYml = File.ReadAllText(Path.Combine(_site.Root, "site.yml"));
        // A NUL in a folder: Path.GetFullPath throws on it, outside the pipeline's stages.
        File.WriteAllText(Path.Combine(_site.Root, "site.yml"), siteYml.Replace("content_dir: content", "content_dir: \"con\\0tent\"", StringComparison.Ordinal));

        await Until(() => _session.Site.Error is not null);
        File.WriteAllText(Path.Combine(_site.Root, "site.yml"), siteYml);
        Edit("content/ceshi/2023.yml", "title: 测试市机关事务局2023年度部门决算", "title: 又改好的标题");
        var html = await PageWhen("ceshi/2023/", h => h.Contains("<h1>又改好的标题</h1>", StringComparison.Ordinal));

        Assert.Contains("<h1>又改好的标题</h1>", html);
        Assert.Null(_session.Site.Error);
    }

    [Fact]
    public async Task The_event_stream_announces_the_site_version_for_the_browser_to_reload_on()
    {
        var events = await FirstEvents("version");

        Assert.Contains($"event: version\ndata: {_session.Site.Version}\n", events);
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_site.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task<string> PageWhen(string page, Func<string, bool> ready)
    {
        var html = string.Empty;
        await Until(() =>
        {
            using var response = _http.GetAsync(new Uri(_session.Address, page)).GetAwaiter().GetResult();
            html = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return response.IsSuccessStatusCode && ready(html);
        });
        return html;
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the served site did not change in time");
            await Task.Delay(100);
        }
    }

    /// <summary>Reads the event stream until an event of the given name has arrived.</summary>
    private async Task<string> FirstEvents(string name)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await using var stream = await _http.GetStreamAsync(new Uri(_session.Address, "__portal/events"), timeout.Token);
        using var reader = new StreamReader(stream);
        var text = string.Empty;
        while (!text.Contains($"event: {name}\n", StringComparison.Ordinal) || !text.EndsWith("\n\n", StringComparison.Ordinal))
        {
            var line = await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the event stream ended");
            text += line + "\n";
        }

        return text;
    }
}

/// <summary><c>portal serve --only</c> and <c>--host</c>: one department for a fast preview; another address to show a colleague.</summary>
public sealed class ServeOptionsTests
{
    [Fact]
    public async Task Only_builds_the_one_department_and_the_site_pages_over_it()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables).WithReport("qita", 2023, SampleReports.WithTables);
        var siteFile = Path.Combine(site.Root, "site.yml");

        await using var session = await ServeSession.StartAsync(site.Config(), siteFile, new ServeOptions(0) { Only = "qita" }, TextWriter.Null, TextWriter.Null, CliText.For(["--site", siteFile]));

        Assert.NotNull(session.Site.Find("qita/2023/index.html"));
        Assert.NotNull(session.Site.Find("index.html"));
        Assert.Null(session.Site.Find("ceshi/2023/index.html"));
    }

    [Fact]
    public async Task Only_with_a_folder_that_does_not_exist_names_the_folders_there_are()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var siteFile = Path.Combine(site.Root, "site.yml");
        var errors = new StringWriter();

        await using var session = await ServeSession.StartAsync(site.Config(), siteFile, new ServeOptions(0) { Only = "cehsi" }, TextWriter.Null, errors, CliText.For(["--site", siteFile]));

        Assert.Equal("error: [validate] 没有名为 cehsi 的部门文件夹：--only 要写 content 下的文件夹名，现有：ceshi", session.Site.Error);
        Assert.Equal(
            "error: [validate] 没有名为 cehsi 的部门文件夹：--only 要写 content 下的文件夹名，现有：ceshi\n1 个错误，0 个警告\n生成失败：请按上面的说明修改，网站生成后页面会自动更新\n",
            errors.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_host_is_listened_on_and_its_name_is_an_allowed_host_name()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var siteFile = Path.Combine(site.Root, "site.yml");
        var host = new ServeHost("localhost");

        await using var session = await ServeSession.StartAsync(site.Config(), siteFile, new ServeOptions(0) { Host = host }, TextWriter.Null, TextWriter.Null, CliText.For(["--site", siteFile]));
        using var http = new HttpClient();

        Assert.Equal("localhost", session.Address.Host);
        Assert.Contains("<h1>测试市机关事务局2023年度部门决算</h1>", await http.GetStringAsync(new Uri(session.Address, "ceshi/2023/")));
        Assert.True(host.IsLoopback);
        Assert.Equal(["127.0.0.1", "[::1]", "localhost"], host.AllowedHostNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_lan_address_is_not_loopback_and_is_allowed_by_its_own_name()
    {
        var host = new ServeHost("192.168.1.20");

        Assert.False(host.IsLoopback);
        Assert.Contains("192.168.1.20", host.AllowedHostNames);
        Assert.True(ServeHost.Loopback.IsLoopback);
    }
}
