using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Siberindo.Portal;

/// <summary>The error page; a request body over its limit (an upload too large) is told so, with 413.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public bool TooLarge { get; private set; }

    public void OnGet() => Explain();
    public void OnPost() => Explain();

    private void Explain()
    {
        TooLarge = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
        if (TooLarge) Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }
}
