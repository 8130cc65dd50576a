using Portal.Build.Pipeline;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Pipeline;

public sealed class BuildPipelineStagesTests
{
    [Fact]
    public void A_progress_display_hears_each_stage_start_in_order()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var started = new List<BuildStage>();

        var result = new BuildPipeline(site.Config()) { StageStarting = started.Add }.Build();

        Assert.True(result.Succeeded);
        Assert.Equal([BuildStage.Load, BuildStage.Validate, BuildStage.Check, BuildStage.Model, BuildStage.Render, BuildStage.Index, BuildStage.Write], started);
    }

    [Fact]
    public void A_pipeline_that_does_not_write_output_leaves_the_output_folder_alone()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var result = new BuildPipeline(site.Config()) { WritesOutput = false }.Build();

        Assert.True(result.Succeeded);
        Assert.True(result.Pages > 0);
        Assert.False(Directory.Exists(site.Output));
    }
}
