using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

public sealed record AddComplaintNoteInput(
    [property: GraphQLType("ID!")] string ComplaintId,
    string Text,
    [property: GraphQLDescription("Who writes the note; the API client's name when omitted.")] string? Actor = null);
