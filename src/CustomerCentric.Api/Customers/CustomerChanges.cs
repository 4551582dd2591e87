using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Api.Schema.Errors;
using CustomerCentric.Api.Schema.Interactions;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.Customers;

/// <summary>Registers and updates customers and records their interactions; the domain's checks become ValidationErrors.</summary>
public sealed class CustomerChanges(CustomerCentricDbContext db, TimeProvider time)
{
    public async Task<RegisterCustomerPayload> RegisterAsync(RegisterCustomerInput input, CancellationToken cancellationToken)
    {
        Customer customer;
        try
        {
            customer = Customer.Register(input.Name, input.Email, input.Phone, input.PreferredLanguage, input.PreferredChannel, input.Segment, time.GetUtcNow());
        }
        catch (DomainException exception)
        {
            return new RegisterCustomerPayload(null, [new ValidationError(exception.Message, null)]);
        }

        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisterCustomerPayload(new CustomerNode(customer), null);
    }

    public async Task<UpdateCustomerPayload> UpdateAsync(UpdateCustomerInput input, CancellationToken cancellationToken)
    {
        var id = NodeId.DecodeOrNull(input.CustomerId, CustomerNode.TypeName);
        var customer = id is null ? null : await db.Customers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return new UpdateCustomerPayload(null, [new CustomerNotFoundError($"No customer has the ID '{input.CustomerId}'.", input.CustomerId)]);
        }

        try
        {
            customer.Update(input.Name, input.Email, input.Phone, input.PreferredLanguage, input.PreferredChannel, input.Segment, Later(customer.UpdatedAt));
        }
        catch (DomainException exception)
        {
            return new UpdateCustomerPayload(null, [new ValidationError(exception.Message, null)]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UpdateCustomerPayload(new CustomerNode(customer), null);
    }

    public async Task<RecordInteractionPayload> RecordInteractionAsync(RecordInteractionInput input, CancellationToken cancellationToken)
    {
        var customerId = NodeId.DecodeOrNull(input.CustomerId, CustomerNode.TypeName);
        if (customerId is null || !await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return new RecordInteractionPayload(null, [new CustomerNotFoundError($"No customer has the ID '{input.CustomerId}'.", input.CustomerId)]);
        }

        var touchpointId = NodeId.DecodeOrNull(input.TouchpointId, TouchpointNode.TypeName);
        if (touchpointId is null || !await db.Touchpoints.AnyAsync(t => t.Id == touchpointId, cancellationToken))
        {
            return new RecordInteractionPayload(null, [new TouchpointNotFoundError($"No touchpoint has the ID '{input.TouchpointId}'.", input.TouchpointId)]);
        }

        var now = time.GetUtcNow();
        if (input.OccurredAt > now)
        {
            return new RecordInteractionPayload(null, [new ValidationError("An interaction cannot lie in the future.", "occurredAt")]);
        }

        Interaction interaction;
        try
        {
            interaction = Interaction.Record(customerId.Value, touchpointId.Value, input.OccurredAt ?? now, input.Summary, input.Sentiment);
        }
        catch (DomainException exception)
        {
            return new RecordInteractionPayload(null, [new ValidationError(exception.Message, null)]);
        }

        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(cancellationToken);
        return new RecordInteractionPayload(new InteractionNode(interaction), null);
    }

    // Updates are ordered; a clock a little behind the last update must not make the domain refuse this one.
    private DateTimeOffset Later(DateTimeOffset lastUpdate)
    {
        var now = time.GetUtcNow();
        return now < lastUpdate ? lastUpdate : now;
    }
}
