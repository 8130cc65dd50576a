namespace Portal.Core.Model.Templates;

/// <summary>
/// A province's 部门决算 template: its tables in printed order and the conventions of its print.
/// Shipped templates (hunan, shanghai, sichuan) and a site's own (<c>content/_templates/NAME.yml</c>) are alike.
/// </summary>
public sealed record TableTemplate
{
    /// <summary>The name a report gives as <c>template:</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the template is, in words (上海市部门决算表).</summary>
    public required string Title { get; init; }

    public required IReadOnlyList<FormDefinition> Forms { get; init; }

    public BlankCell Blank { get; init; } = BlankCell.NotPublished;

    public CodeLayout Codes { get; init; } = CodeLayout.Joined;

    /// <summary>Where the definition was read from (a shipped resource or the site's file), for messages.</summary>
    public string? SourceFile { get; init; }

    public FormDefinition? Form(string id) => Forms.FirstOrDefault(f => f.Id == id);

    public FormDefinition? FormFor(TableRole role) => Forms.FirstOrDefault(f => f.Role.Equals(role));
}
