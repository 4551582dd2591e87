namespace CustomerCentric.Data.ApiKeys;

/// <summary>A newly issued key: the entity to store and the secret to show once (it is not stored anywhere).</summary>
public sealed record IssuedApiKey(ApiKey Key, string Secret);
