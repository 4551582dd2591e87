using System.Runtime.CompilerServices;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Shared boxes for the property values a compiled read would box on every call: booleans and the members of int-based enums.
/// Execution only reads these values, so one box per value serves every read.
/// </summary>
internal static class BoxCache
{
    private static readonly object True = true;
    private static readonly object False = false;

    public static object Boolean(bool value) => value ? True : False;

    public static object Enum<T>(T value)
        where T : struct, Enum
    {
        var boxes = EnumBoxes<T>.Members;
        if (boxes.Length > 0)
        {
            var member = Unsafe.As<T, int>(ref value);
            if ((uint)member < (uint)boxes.Length && boxes[member] is { } box)
            {
                return box;
            }
        }

        return value;
    }

    private static class EnumBoxes<T>
        where T : struct, Enum
    {
        // Members 0..63 of int-based enums; others are boxed as usual.
        public static readonly object?[] Members = Create();

        private static object?[] Create()
        {
            if (System.Enum.GetUnderlyingType(typeof(T)) != typeof(int))
            {
                return [];
            }

            var members = new object?[64];
            foreach (var value in System.Enum.GetValues<T>())
            {
                var copy = value;
                var member = Unsafe.As<T, int>(ref copy);
                if (member is >= 0 and < 64)
                {
                    members[member] = value;
                }
            }

            return members;
        }
    }
}
