namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Base for attributes that annotate a field for later layers (cost, authorization): the builder calls <see cref="Apply"/> with the
/// field's <see cref="Types.GraphQLField.Metadata"/>, so a new annotation needs no change here.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public abstract class FieldMetadataAttribute : Attribute
{
    public abstract void Apply(IDictionary<string, object?> metadata);
}
