using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Siberindo.Accounts;

/// <summary>
/// The <see cref="Roles.BoardAdmin"/> policy: the user's <see cref="AccessScope"/> must be a board admin's. A signed-in
/// user who is not one is answered 404, as if the page did not exist (an outlet editor's menu never shows these pages,
/// and a 403 or a sign-in page would tell that they are there); an anonymous user is sent to sign in, like everywhere
/// in /admin.
/// </summary>
public static class BoardAdminPolicy
{
    public static AuthorizationBuilder AddBoardAdminPolicy(this AuthorizationBuilder authorization) =>
        authorization.AddPolicy(Roles.BoardAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new BoardAdminRequirement()));

    /// <summary>Its own handler, so it needs no registration; reads the scope from the claims as the request's scope does.</summary>
    public sealed class BoardAdminRequirement : AuthorizationHandler<BoardAdminRequirement>, IAuthorizationRequirement
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, BoardAdminRequirement requirement)
        {
            if (AccessScope.FromPrincipal(context.User).IsBoardAdmin) context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }

    /// <summary>Answers 404 when the board-admin requirement is all a signed-in user failed; anything else (not signed in,
    /// no staff role at all) goes the usual way: the sign-in page, or 401/403 for the API.</summary>
    public sealed class HiddenFromOtherStaff : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler usual = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { FailCalled: false, FailedRequirements: var failed }
                && failed.Any() && failed.All(r => r is BoardAdminRequirement))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            return usual.HandleAsync(next, context, policy, authorizeResult);
        }
    }
}
