using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Siberindo.Accounts;

/// <summary>
/// Every page whose route is under /admin needs a staff account (<see cref="Roles.Staff"/>), whichever feature folder
/// keeps it: a page moved or added to a feature cannot be left open by forgetting an attribute. Pages may ask for more
/// (<see cref="Roles.Admin"/>, <see cref="Roles.BoardAdmin"/>) with their own [Authorize].
/// </summary>
public sealed class AdminPagesNeedStaff : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            var route = selector.AttributeRouteModel?.Template?.TrimStart('/') ?? "";
            if (route == "admin" || route.StartsWith("admin/", StringComparison.Ordinal))
                selector.EndpointMetadata.Add(new AuthorizeAttribute(Roles.Staff));
        }
    }
}
