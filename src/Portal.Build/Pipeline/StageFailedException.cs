namespace Portal.Build.Pipeline;

/// <summary>Raised inside the pipeline to stop after a stage whose diagnostics hold errors.</summary>
internal sealed class StageFailedException : Exception
{
    public StageFailedException()
        : base("a build stage reported errors")
    {
    }
}
