namespace CustomerCentric.GraphQL.Validation;

/// <summary>Finds names given more than once in a list (graphql-js <c>groupBy</c> then "length > 1"), in order of first use.</summary>
internal static class NameGroups
{
    // Argument and variable lists are short: comparing pairs costs less than hashing below this size.
    private const int PairwiseLimit = 16;

    /// <summary>Calls <paramref name="report"/> once per repeated name with all its items; nothing is allocated when all names are unique.</summary>
    public static void ForEachDuplicate<T>(IReadOnlyList<T> items, Func<T, string> nameOf, Action<string, List<T>> report)
    {
        if (items.Count < 2)
        {
            return;
        }

        if (items.Count > PairwiseLimit)
        {
            var groups = new OrderedDictionary<string, List<T>>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var name = nameOf(item);
                if (!groups.TryGetValue(name, out var group))
                {
                    groups.Add(name, group = []);
                }

                group.Add(item);
            }

            foreach (var (name, group) in groups)
            {
                if (group.Count > 1)
                {
                    report(name, group);
                }
            }

            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var name = nameOf(items[i]);
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = nameOf(items[j]) == name;
            }

            if (seenBefore)
            {
                continue;
            }

            List<T>? group = null;
            for (var j = i + 1; j < items.Count; j++)
            {
                if (nameOf(items[j]) == name)
                {
                    group ??= [items[i]];
                    group.Add(items[j]);
                }
            }

            if (group is not null)
            {
                report(name, group);
            }
        }
    }
}
