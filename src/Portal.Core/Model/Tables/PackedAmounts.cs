using System.Collections;

namespace Portal.Core.Model.Tables;

/// <summary>
/// One row's amounts, kept with the other rows of its table in one block of eight bytes per amount (the digits, then
/// the scale and sign in the low byte), where a <c>decimal?[]</c> per row takes 24 bytes per amount and 24 more per
/// row. At 10,000 reports the rows' arrays were the largest thing in memory (1.8 million arrays, 156 MB; issue 17).
/// An amount reads back exactly as written: the same digits, sign and scale (8.70 stays 8.70, -0.00 stays -0.00), or null.
/// </summary>
public sealed class PackedAmounts : IReadOnlyList<decimal?>
{
    /// <summary>The scale byte of a blank cell; a written amount's scale is at most 28, its sign the top bit.</summary>
    private const byte Blank = 0xFF;

    private const byte Negative = 0x80;

    /// <summary>Digits up to 2^55 (a figure of 10^12 万元 with four decimals) leave the low byte for the scale.</summary>
    private const long MaxMantissa = (1L << 55) - 1;

    private readonly long[] _block;
    private readonly int _start;

    private PackedAmounts(long[] block, int start, int count)
    {
        _block = block;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public decimal? this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var packed = _block[_start + index];
            var scale = (byte)packed;
            if (scale == Blank)
            {
                return null;
            }

            var mantissa = packed >>> 8;
            return new decimal((int)mantissa, (int)(mantissa >> 32), 0, (scale & Negative) != 0, (byte)(scale & ~Negative));
        }
    }

    public IEnumerator<decimal?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The rows' amounts packed into one block, in the same order; the rows as given when an amount has more than 55
    /// bits of digits (a printed 决算 figure has at most 15: 10^12 万元 with four decimals).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<decimal?>> Pack(IReadOnlyList<IReadOnlyList<decimal?>> rows)
    {
        var total = 0;
        foreach (var row in rows)
        {
            total += row.Count;
        }

        var block = new long[total];
        Span<int> bits = stackalloc int[4];
        var at = 0;
        foreach (var row in rows)
        {
            foreach (var amount in row)
            {
                if (amount is not { } value)
                {
                    block[at++] = Blank;
                    continue;
                }

                decimal.GetBits(value, bits);
                var mantissa = ((long)bits[1] << 32) | (uint)bits[0];
                if (bits[2] != 0 || bits[1] < 0 || mantissa > MaxMantissa)
                {
                    return rows;
                }

                block[at++] = (mantissa << 8) | (byte)(((bits[3] >> 16) & 0xFF) | (bits[3] < 0 ? Negative : 0));
            }
        }

        var packed = new IReadOnlyList<decimal?>[rows.Count];
        at = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            packed[i] = new PackedAmounts(block, at, rows[i].Count);
            at += rows[i].Count;
        }

        return packed;
    }
}
