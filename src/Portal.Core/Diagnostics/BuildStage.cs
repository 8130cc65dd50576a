namespace Portal.Core.Diagnostics;

/// <summary>The named stages of a build; every diagnostic says which one raised it.</summary>
public enum BuildStage
{
    Config,
    Load,
    Validate,
    Check,
    Model,
    Render,
    Index,
    Write,
}
