using Siberindo.Accounts;

namespace Siberindo.Legal;

/// <summary>
/// THE rule of who sees a legal-assistance case, used by every page, download and change: national admins, the
/// accounts assigned to help on it, and the editors of the member outlet it concerns. A provincial or regency admin
/// sees a case of its area only when assigned to it; everybody else sees counts only.
/// </summary>
public static class LegalVisibility
{
    public static IQueryable<LegalCase> Visible(IQueryable<LegalCase> cases, AccessScope scope)
    {
        if (scope.IsNational) return cases;
        if (scope.UserId is not { } user) return cases.Where(c => false);
        var outlet = scope.Level == ScopeLevel.Outlet ? scope.OutletId : null;
        return cases.Where(c => c.Helpers.Any(h => h.UserId == user) || (outlet != null && c.OutletId == outlet));
    }

    /// <summary>Status and helpers are the association's side of the case: national admins and its helpers.</summary>
    public static bool Handles(LegalCase c, AccessScope scope) => scope.IsNational || c.Helpers.Any(h => h.UserId == scope.UserId);
}
