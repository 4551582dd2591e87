using CustomerCentric.Api.Schema.Interactions;

namespace CustomerCentric.Api.Schema.Customers;

public sealed record RecordInteractionPayload(InteractionNode? Interaction, IReadOnlyList<IRecordInteractionError>? Errors);
