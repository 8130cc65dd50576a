namespace Portal.Core.Model;

/// <summary>A department's facts that do not change from year to year (<c>department.yml</c>).</summary>
public sealed record Department
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public required string Province { get; init; }

    public string? City { get; init; }

    public string? District { get; init; }

    /// <summary>行政级别: province, city, district or county.</summary>
    public required string Level { get; init; }

    public required string FilePath { get; init; }
}
