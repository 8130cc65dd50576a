using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Portal.Build.Modeling;

namespace Portal.Build.Incremental;

/// <summary>
/// A page model's value, as a hash: what <c>portal serve</c> compares with the last build's to tell whether a
/// site-wide page (home, 分类, 对比, 数据…) would render differently after an edit. A template sees only the model's
/// public members, so the hash covers every public property and field, and every field that is not an
/// auto-property's (the state a public method reads), through lists, dictionaries and nested records, by value;
/// an object shared by several pages is hashed once per build. A value the hash cannot stand for — a delegate, a
/// cycle, a type from outside Portal that is not a plain value or a collection, a property that throws — makes
/// the page's hash unknown, and an unknown page is always rendered again: a page is never kept by mistake.
/// </summary>
public sealed class PageFingerprints
{
    private const int MaxDepth = 64;

    private readonly Dictionary<Type, MemberInfo[]> _members = [];
    private readonly Dictionary<object, byte[]?> _known = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _open = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Forgets the objects hashed so far, once a build's pages are hashed: a model object is not changed once made,
    /// but the next build makes new ones, and holding this build's would keep its whole model alive until then.
    /// The member lists of types are kept.
    /// </summary>
    public void Forget()
    {
        _known.Clear();
        _open.Clear();
    }

    /// <summary>The page's hash, or null when some value in it cannot be hashed (render it again).</summary>
    public byte[]? Of(PageModel page)
    {
        var buffer = new ArrayBufferWriter<byte>();
        return Write(buffer, page, 0) ? buffer.WrittenSpan.ToArray() : null;
    }

    /// <summary>Writes a value's tag and bytes (plain values) or its hash (everything else); false when it cannot be hashed.</summary>
    private bool Write(ArrayBufferWriter<byte> to, object? value, int depth)
    {
        switch (value)
        {
            case null:
                Tag(to, 0);
                return true;
            case string text:
                Tag(to, 1);
                Int(to, text.Length);
                Encoding.UTF8.GetBytes(text, to);
                return true;
            case bool flag:
                Tag(to, 2);
                Tag(to, flag ? (byte)1 : (byte)0);
                return true;
            case decimal number:
                // Its four ints keep the scale: 1.0 and 1.00 print differently.
                Tag(to, 3);
                Span<int> bits = stackalloc int[4];
                decimal.GetBits(number, bits);
                foreach (var b in bits)
                {
                    Int(to, b);
                }

                return true;
            case double number:
                Tag(to, 4);
                Long(to, BitConverter.DoubleToInt64Bits(number));
                return true;
            case float number:
                Tag(to, 5);
                Int(to, BitConverter.SingleToInt32Bits(number));
                return true;
            case char c:
                Tag(to, 6);
                Int(to, c);
                return true;
            case DateTimeOffset time:
                Tag(to, 7);
                Long(to, time.UtcTicks);
                Long(to, time.Offset.Ticks);
                return true;
            case DateTime time:
                Tag(to, 8);
                Long(to, time.Ticks);
                Int(to, (int)time.Kind);
                return true;
            case TimeSpan span:
                Tag(to, 9);
                Long(to, span.Ticks);
                return true;
            case DateOnly date:
                Tag(to, 10);
                Int(to, date.DayNumber);
                return true;
            case Enum e:
                Tag(to, 11);
                Name(to, e.GetType());
                Long(to, Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case byte or sbyte or short or ushort or int or uint or long:
                Tag(to, 12);
                Long(to, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case ulong number:
                Tag(to, 13);
                Long(to, unchecked((long)number));
                return true;
            case Delegate:
                return false;
        }

        var type = value.GetType();
        if (!type.IsValueType && _known.TryGetValue(value, out var known))
        {
            return Hash(to, known);
        }

        if (depth >= MaxDepth || !_open.Add(value))
        {
            return false;
        }

        byte[]? hash;
        try
        {
            var own = new ArrayBufferWriter<byte>();
            hash = Contents(own, value, type, depth) ? SHA256.HashData(own.WrittenSpan) : null;
        }
        finally
        {
            _open.Remove(value);
        }

        if (!type.IsValueType)
        {
            _known[value] = hash;
        }

        return Hash(to, hash);
    }

    /// <summary>A collection's elements in order, or an object's type and members; false when one cannot be hashed.</summary>
    private bool Contents(ArrayBufferWriter<byte> to, object value, Type type, int depth)
    {
        Name(to, type);
        if (IsCollection(type))
        {
            var count = 0;
            foreach (var element in (IEnumerable)value)
            {
                if (!Write(to, element, depth + 1))
                {
                    return false;
                }

                count++;
            }

            Int(to, count);
            return true;
        }

        if (!IsWalkable(type))
        {
            return false;
        }

        foreach (var member in MembersOf(type))
        {
            object? read;
            try
            {
                read = member is PropertyInfo property ? property.GetValue(value) : ((FieldInfo)member).GetValue(value);
            }
            catch (TargetInvocationException)
            {
                return false;
            }

            if (!Write(to, read, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Arrays, the framework's collections, the lists the compiler makes for collection expressions
    /// (<c>&lt;&gt;z__ReadOnlyArray</c>, in no namespace) and a row's packed amounts: their elements are their value.
    /// </summary>
    private static bool IsCollection(Type type) =>
        type.IsArray
        // A row's amounts: the row's own values, not the block of its whole table that holds them.
        || type == typeof(Core.Model.Tables.PackedAmounts)
        || (typeof(IEnumerable).IsAssignableFrom(type)
            && (type.Namespace is { } ns
                ? ns == "System.Collections" || ns.StartsWith("System.Collections.", StringComparison.Ordinal) || ns == "System.Linq"
                : type.Name.StartsWith("<>z__", StringComparison.Ordinal)));

    /// <summary>Portal's own types (records, views), and the framework's pairs and tuples, are their members.</summary>
    private static bool IsWalkable(Type type)
    {
        if (type.Namespace is { } ns && ns.StartsWith("Portal.", StringComparison.Ordinal))
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(KeyValuePair<,>) || definition.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal) || definition.FullName!.StartsWith("System.Tuple`", StringComparison.Ordinal);
    }

    /// <summary>
    /// Public properties, then every field but an auto-property's (public fields, and the state a public method
    /// reads: a class's private fields, a primary constructor's captured parameters); in declaration order.
    /// </summary>
    private MemberInfo[] MembersOf(Type type)
    {
        if (_members.TryGetValue(type, out var known))
        {
            return known;
        }

        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken);
        var fields = type.GetFields(Instance)
            .Where(f => !f.Name.EndsWith(">k__BackingField", StringComparison.Ordinal))
            .OrderBy(f => f.MetadataToken);
        known = [.. properties, .. fields];
        _members[type] = known;
        return known;
    }

    private static bool Hash(ArrayBufferWriter<byte> to, byte[]? hash)
    {
        if (hash is null)
        {
            return false;
        }

        Tag(to, 14);
        to.Write(hash);
        return true;
    }

    private static void Name(ArrayBufferWriter<byte> to, Type type)
    {
        var name = type.FullName ?? type.Name;
        Int(to, name.Length);
        Encoding.UTF8.GetBytes(name, to);
    }

    private static void Tag(ArrayBufferWriter<byte> to, byte tag)
    {
        to.GetSpan(1)[0] = tag;
        to.Advance(1);
    }

    private static void Int(ArrayBufferWriter<byte> to, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(to.GetSpan(4), value);
        to.Advance(4);
    }

    private static void Long(ArrayBufferWriter<byte> to, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(to.GetSpan(8), value);
        to.Advance(8);
    }
}
