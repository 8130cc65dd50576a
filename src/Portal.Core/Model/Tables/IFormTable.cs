namespace Portal.Core.Model.Tables;

/// <summary>A published table of a report: whatever its shape, it knows its printed info and the form it follows.</summary>
public interface IFormTable
{
    TableInfo Info { get; }
}
