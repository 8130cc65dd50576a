using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Pipeline;

/// <summary>Issue 14: content that a later stage cannot build is refused by validate, where it is written.</summary>
public sealed class WhatValidateAcceptsBuildsTests
{
    private static string WithBody(string body) =>
        SampleReports.WithTables.Replace("负责<script>alert(1)</script>机关事务。[点我](javascript:alert(1))", body, StringComparison.Ordinal);

    [Theory]
    [InlineData(30_000, "[")]
    [InlineData(200, "> ")]
    public void Markdown_nested_too_deeply_to_render_is_a_validation_error_at_its_body(int depth, string nesting)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, WithBody(string.Concat(Enumerable.Repeat(nesting, depth)) + "x"));

        var result = site.Validate();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((BuildStage.Validate, "overview.sections[0].body", 12), (error.Stage, error.FieldPath, error.Location!.Line));
        Assert.Equal("the Markdown is nested too deeply to render (quotes, lists, links or emphasis inside one another, more than a hundred levels): is a bracket or a > repeated by mistake?", error.Message);
    }
}
