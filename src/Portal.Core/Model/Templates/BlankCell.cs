namespace Portal.Core.Model.Templates;

/// <summary>What an empty amount cell means in a template's print, so the site shows it as the print does.</summary>
public enum BlankCell
{
    /// <summary>The figure was not published: shown as a dash with 未公开 for screen readers (湖南 prints 0.00 for nothing).</summary>
    NotPublished,

    /// <summary>Nothing was spent or received: shown blank, as printed (上海 leaves such cells empty).</summary>
    Nothing,
}
