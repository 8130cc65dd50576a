using Portal.Build.Pipeline;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using Spectre.Console;

namespace Portal.Cli.Commands;

/// <summary>
/// Runs a build with Spectre.Console's live progress on the terminal: one line per stage, ticked off
/// as the pipeline moves on. Only used when the output is an interactive terminal and not --quiet.
/// </summary>
internal static class BuildProgress
{
    // The enum lists the stages in the order the pipeline runs them; site.yml (Config) is read before the display starts.
    private static readonly BuildStage[] Stages = Enum.GetValues<BuildStage>().Where(s => s != BuildStage.Config).ToArray();

    public static bool Wanted(TextWriter output, bool quiet) =>
        !quiet && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static BuildResult Run(SiteConfig config, bool strict, string? stampFolder, CliText text) =>
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = Stages.ToDictionary(s => s, s => context.AddTask(text.T("stage." + s.ToString().ToLowerInvariant()), autoStart: false, maxValue: 1));
                BuildStage? running = null;
                var pipeline = new BuildPipeline(config)
                {
                    Strict = strict,
                    StampFolder = stampFolder,
                    StageStarting = stage =>
                    {
                        if (running is { } previous)
                        {
                            tasks[previous].Value = 1;
                        }

                        tasks[stage].StartTask();
                        running = stage;
                    },
                };
                var result = pipeline.Build();
                if (result.Succeeded)
                {
                    foreach (var task in tasks.Values)
                    {
                        task.Value = 1;
                    }
                }

                return result;
            });
}
