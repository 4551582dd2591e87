using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Types.Scalars;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Writes a scalar or enum field read from a CLR property straight as JSON, with the property's own type: no box per value,
/// no serialized value in between (a date becomes its bytes, not a string first). Only where the field's type is one whose
/// result coercion is known exactly (the built-in scalars and DateTime, enums of CLR members) and the property has the type
/// that coercion returns unchanged; anything else, and any value the coercion would change or refuse (a NaN, an undefined
/// enum member), is left to the general completion through the type's own <c>Serialize</c>, so custom scalars stay theirs.
/// </summary>
internal abstract class TypedLeafWriter(IGraphQLLeafType leaf)
{
    public enum Result
    {
        Written,

        /// <summary>The property is null: the caller writes null or fails a non-null field.</summary>
        Null,

        /// <summary>Complete this value the general way (it still reads the property through the field's boxed read).</summary>
        General,
    }

    public IGraphQLLeafType Leaf { get; } = leaf;

    /// <summary>Writes the field's value of <paramref name="source"/>, an instance of the field's object type.</summary>
    public abstract Result Write(object source, ref Utf8ResponseWriter writer);

    /// <summary>The writer for a field of type <paramref name="leaf"/>, or null when its values go the general way.</summary>
    public static TypedLeafWriter? For(GraphQLField definition, IGraphQLLeafType leaf) =>
        definition.PropertyRead is { } bound && ReferenceEquals(bound.Read, definition.ResolveSource) ? bound.LeafWriter(leaf) : null;

    public static TypedLeafWriter? Create(PropertyInfo property, IGraphQLLeafType leaf)
    {
        var type = property.PropertyType;
        if (property.DeclaringType is not { IsValueType: false } declaringType || property.GetMethod is null)
        {
            return null;
        }

        return leaf switch
        {
            StringScalarType or IdScalarType when type == typeof(string) => new StringWriter(leaf, Compile<string?>(property, declaringType)),
            IntScalarType when type == typeof(int) => new Int32Writer(leaf, Compile<int>(property, declaringType)),
            FloatScalarType when type == typeof(double) => new DoubleWriter(leaf, Compile<double>(property, declaringType)),
            BooleanScalarType when type == typeof(bool) => new BooleanWriter(leaf, Compile<bool>(property, declaringType)),
            DateTimeScalarType when type == typeof(DateTimeOffset) => new DateTimeOffsetWriter(leaf, Compile<DateTimeOffset>(property, declaringType)),
            GraphQLEnumType { ClrEnum: { } clrEnum } enumType when type == clrEnum => (TypedLeafWriter)Activator.CreateInstance(
                typeof(EnumWriter<>).MakeGenericType(clrEnum), enumType, CompileGetter(property, declaringType, type))!,
            _ => null,
        };
    }

    private static Func<object, T> Compile<T>(PropertyInfo property, Type declaringType) =>
        (Func<object, T>)CompileGetter(property, declaringType, typeof(T));

    /// <summary>(object source) => ((Declaring)source).Property: the cast fails for a wrong source, and the caller gives up then.</summary>
    private static Delegate CompileGetter(PropertyInfo property, Type declaringType, Type valueType)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Expression.Convert(source, declaringType), property);
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), valueType), read, source).Compile();
    }

    private sealed class StringWriter(IGraphQLLeafType leaf, Func<object, string?> read) : TypedLeafWriter(leaf)
    {
        public override Result Write(object source, ref Utf8ResponseWriter writer)
        {
            if (read(source) is not { } text)
            {
                return Result.Null;
            }

            writer.WriteString(text);
            return Result.Written;
        }
    }

    private sealed class Int32Writer(IGraphQLLeafType leaf, Func<object, int> read) : TypedLeafWriter(leaf)
    {
        public override Result Write(object source, ref Utf8ResponseWriter writer)
        {
            writer.WriteNumber(read(source));
            return Result.Written;
        }
    }

    private sealed class DoubleWriter(IGraphQLLeafType leaf, Func<object, double> read) : TypedLeafWriter(leaf)
    {
        public override Result Write(object source, ref Utf8ResponseWriter writer)
        {
            var number = read(source);
            if (!double.IsFinite(number))
            {
                // Float refuses it: the general completion reports the error.
                return Result.General;
            }

            writer.WriteNumber(number);
            return Result.Written;
        }
    }

    private sealed class BooleanWriter(IGraphQLLeafType leaf, Func<object, bool> read) : TypedLeafWriter(leaf)
    {
        public override Result Write(object source, ref Utf8ResponseWriter writer)
        {
            writer.WriteBoolean(read(source));
            return Result.Written;
        }
    }

    private sealed class DateTimeOffsetWriter(IGraphQLLeafType leaf, Func<object, DateTimeOffset> read) : TypedLeafWriter(leaf)
    {
        public override Result Write(object source, ref Utf8ResponseWriter writer)
        {
            var moment = read(source);
            var text = writer.GetSpan(DateTimeScalarType.MaxLength + 2);
            text[0] = (byte)'"';
            var length = DateTimeScalarType.FormatUtf8(moment, text[1..]);
            text[length + 1] = (byte)'"';
            writer.Advance(length + 2);
            return Result.Written;
        }
    }

    private sealed class EnumWriter<TEnum>(GraphQLEnumType leaf, Func<object, TEnum> read) : TypedLeafWriter(leaf)
        where TEnum : struct, Enum
    {
        // Each member's name as a JSON string: enum value names are GraphQL names (ASCII letters, digits, underscores), nothing to escape.
        private readonly byte[]?[] _quotedNames = QuotedNames(leaf);

        public override Result Write(object source, ref Utf8ResponseWriter writer)
        {
            var value = read(source);
            var member = Unsafe.As<TEnum, int>(ref value);
            if ((uint)member < (uint)_quotedNames.Length && _quotedNames[member] is { } name)
            {
                writer.WriteRaw(name);
                return Result.Written;
            }

            // Not a value of the enum type: its Serialize throws the error.
            return Result.General;
        }

        private static byte[]?[] QuotedNames(GraphQLEnumType leaf)
        {
            var names = new byte[]?[256];
            for (var member = 0; member < names.Length; member++)
            {
                if (leaf.NameOfMember(member) is { } name)
                {
                    names[member] = Encoding.ASCII.GetBytes($"\"{name}\"");
                }
            }

            return names;
        }
    }
}
