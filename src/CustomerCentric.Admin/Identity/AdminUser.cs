using Microsoft.AspNetCore.Identity;

namespace CustomerCentric.Admin.Identity;

/// <summary>A person who signs in to the admin; the role (Admin or Viewer) says what they may do.</summary>
public sealed class AdminUser : IdentityUser<Guid>
{
    public AdminUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }
}
