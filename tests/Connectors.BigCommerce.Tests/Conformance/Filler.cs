using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>
/// Builds a request or query model with every settable property set (one item in each list), so that serializing
/// it shows every name and JSON type the model can send. Defaults the model sets itself are kept.
/// </summary>
internal static class Filler
{
    public static T Fill<T>(Action<T>? adjust = null)
        where T : new()
    {
        var value = (T)Fill(typeof(T), 0)!;
        adjust?.Invoke(value);
        return value;
    }

    private static object? Fill(Type type, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalar(underlying) is { } scalar)
        {
            return scalar;
        }

        if (underlying.IsEnum)
        {
            return Enum.GetValues(underlying).GetValue(0);
        }

        if (underlying.IsValueType)
        {
            // the SDK's extensible enums: one of their named values (a default instance carries none)
            return underlying.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == underlying)?.GetValue(null)
                   ?? Activator.CreateInstance(underlying);
        }

        if (depth > 4)
        {
            return null;
        }

        if (underlying.IsArray)
        {
            var array = Array.CreateInstance(underlying.GetElementType()!, 1);
            array.SetValue(Fill(underlying.GetElementType()!, depth + 1), 0);
            return array;
        }

        if (underlying.IsGenericType && typeof(IEnumerable).IsAssignableFrom(underlying) && underlying.GetGenericArguments() is [var element])
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Fill(element, depth + 1));
            return list;
        }

        if (underlying.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var instance = Activator.CreateInstance(underlying)!;
        foreach (var property in underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetCustomAttribute<JsonExtensionDataAttribute>() is not null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var current = property.GetValue(instance);
            if (current is not null && !(current is ICollection { Count: 0 }) && !(current is string s && s.Length == 0))
            {
                continue;
            }

            property.SetValue(instance, Fill(property.PropertyType, depth + 1));
        }

        return instance;
    }

    private static object? Scalar(Type type)
        => type == typeof(string) ? "sample"
            : type == typeof(int) ? 3
            : type == typeof(long) ? 3L
            : type == typeof(decimal) ? 10.5m
            : type == typeof(double) ? 10.5d
            : type == typeof(bool) ? true
            : type == typeof(DateTimeOffset) ? new DateTimeOffset(2026, 12, 3, 10, 15, 30, TimeSpan.Zero)
            : type == typeof(DateTime) ? new DateTime(2026, 12, 3, 10, 15, 30, DateTimeKind.Utc)
            : null;
}
