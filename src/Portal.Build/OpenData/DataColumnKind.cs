namespace Portal.Build.OpenData;

/// <summary>What a column holds; amounts are exact decimals in the table's unit.</summary>
public enum DataColumnKind
{
    Text,
    Integer,
    Amount,
}
