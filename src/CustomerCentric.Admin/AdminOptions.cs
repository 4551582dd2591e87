namespace CustomerCentric.Admin;

/// <summary>The "Admin" configuration section.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>E-mail of the first admin, created at start-up when no admin exists yet.</summary>
    public string? BootstrapEmail { get; set; }

    /// <summary>Its password. Required outside Development; in Development a generated one is logged when it is missing.</summary>
    public string? BootstrapPassword { get; set; }

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;
}
