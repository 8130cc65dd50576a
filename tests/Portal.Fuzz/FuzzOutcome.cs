namespace Portal.Fuzz;

/// <summary>How one fuzz case ended. Only <see cref="Built"/> and <see cref="Rejected"/> are acceptable.</summary>
public enum FuzzOutcome
{
    /// <summary>validate accepted the content and build built it.</summary>
    Built,

    /// <summary>validate refused the content, every error with its file, line and column.</summary>
    Rejected,

    /// <summary>An error (or other output) without file:line:column, or an exit code the README does not list.</summary>
    Unlocated,

    /// <summary>validate accepted the content, then build failed.</summary>
    ValidButBuildFailed,

    /// <summary>validate accepted a file that is not valid UTF-8 (its text would be published as U+FFFD).</summary>
    AcceptedBadEncoding,

    /// <summary>A stack trace was printed, an exception escaped the command, or the process died.</summary>
    Crashed,

    /// <summary>The case ran past its time limit.</summary>
    Hung,

    /// <summary>The process grew past its memory limit.</summary>
    OverMemory,
}

/// <summary>One case's outcome, how long it took, and the line of output that decided a bad outcome.</summary>
public sealed record FuzzResult(int Index, FuzzOutcome Outcome, long Milliseconds, string Description, string Detail)
{
    public bool Acceptable => Outcome is FuzzOutcome.Built or FuzzOutcome.Rejected;

    public override string ToString() => $"case {Index} ({Description}): {Outcome} after {Milliseconds} ms{(Detail.Length > 0 ? ": " + Detail : string.Empty)}";
}
