using CustomerCentric.GraphQL.Validation.Rules;

namespace CustomerCentric.GraphQL.Validation;

/// <summary>The rules of spec section 5 in graphql-js's order (which puts the errors most helpful to a reader first).</summary>
public static class SpecifiedRules
{
    /// <summary>Every rule for executable documents (graphql-js <c>specifiedRules</c>).</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        ExecutableDefinitionsRule.Rule,
        UniqueOperationNamesRule.Rule,
        LoneAnonymousOperationRule.Rule,
        SingleFieldSubscriptionsRule.Rule,
        KnownTypeNamesRule.Rule,
        FragmentsOnCompositeTypesRule.Rule,
        VariablesAreInputTypesRule.Rule,
        ScalarLeafsRule.Rule,
        FieldsOnCorrectTypeRule.Rule,
        UniqueFragmentNamesRule.Rule,
        KnownFragmentNamesRule.Rule,
        NoUnusedFragmentsRule.Rule,
        PossibleFragmentSpreadsRule.Rule,
        NoFragmentCyclesRule.Rule,
        UniqueVariableNamesRule.Rule,
        NoUndefinedVariablesRule.Rule,
        NoUnusedVariablesRule.Rule,
        KnownDirectivesRule.Rule,
        UniqueDirectivesPerLocationRule.Rule,
        KnownArgumentNamesRule.Rule,
        UniqueArgumentNamesRule.Rule,
        ValuesOfCorrectTypeRule.Rule,
        ProvidedRequiredArgumentsRule.Rule,
        VariablesInAllowedPositionRule.Rule,
        OverlappingFieldsCanBeMergedRule.Rule,
        UniqueInputFieldNamesRule.Rule,
    ];

    /// <summary>The rules for type system documents (graphql-js <c>specifiedSDLRules</c>).</summary>
    public static IReadOnlyList<SdlValidationRule> Sdl { get; } =
    [
        LoneSchemaDefinitionRule.SdlRule,
        UniqueOperationTypesRule.SdlRule,
        UniqueTypeNamesRule.SdlRule,
        UniqueEnumValueNamesRule.SdlRule,
        UniqueFieldDefinitionNamesRule.SdlRule,
        UniqueArgumentDefinitionNamesRule.SdlRule,
        UniqueDirectiveNamesRule.SdlRule,
        KnownTypeNamesRule.SdlRule,
        KnownDirectivesRule.SdlRule,
        UniqueDirectivesPerLocationRule.SdlRule,
        PossibleTypeExtensionsRule.SdlRule,
        KnownArgumentNamesOnDirectivesRule.SdlRule,
        UniqueArgumentNamesRule.SdlRule,
        UniqueInputFieldNamesRule.SdlRule,
        ProvidedRequiredArgumentsOnDirectivesRule.SdlRule,
    ];
}
