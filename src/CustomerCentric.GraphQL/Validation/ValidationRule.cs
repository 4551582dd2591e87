using CustomerCentric.GraphQL.Language;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>Creates one rule's visitor for one validation (graphql-js <c>ValidationRule</c>); the visitor may keep state for that document.</summary>
public delegate AstVisitor ValidationRule(ValidationContext context);

/// <summary>Creates one SDL rule's visitor for one SDL document (graphql-js <c>SDLValidationRule</c>).</summary>
public delegate AstVisitor SdlValidationRule(SdlValidationContext context);
