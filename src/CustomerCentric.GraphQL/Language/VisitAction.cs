namespace CustomerCentric.GraphQL.Language;

/// <summary>What a visitor's Enter tells the walk to do next.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children, then call Leave.</summary>
    Continue,

    /// <summary>Do not visit the children and do not call Leave for this node (graphql-js's <c>return false</c>).</summary>
    Skip,

    /// <summary>Stop the walk (graphql-js's <c>BREAK</c>).</summary>
    Break,
}
