namespace Portal.Build.Check;

/// <summary>One identity or convention a published report must satisfy, under a stable id.</summary>
public interface ICheckRule
{
    /// <summary>Stable id, e.g. <c>income.row-total</c>, <c>tree.sum</c>, <c>prose.share</c>.</summary>
    string Id { get; }

    /// <remarks>A null element is an identity that holds; rules yield what <see cref="CheckContext.Compare"/> returns.</remarks>
    IEnumerable<Finding?> Check(CheckContext context);
}
