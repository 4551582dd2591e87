namespace CustomerCentric.Api;

public static class ApiEndpoints
{
    public const string GraphQLPath = "/graphql";
}
