using System.Reflection;

namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>Reads a C# optional parameter's default as a value of the parameter's type (metadata stores enums as their underlying number).</summary>
internal static class ParameterDefaults
{
    public static bool TryGet(ParameterInfo parameter, out object? value)
    {
        value = null;
        if (!parameter.HasDefaultValue)
        {
            return false;
        }

        value = parameter.DefaultValue;
        if (value is DBNull or Missing)
        {
            value = null;
            return false;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (value is not null && type.IsEnum && value.GetType() != type)
        {
            value = Enum.ToObject(type, value);
        }

        return true;
    }
}
