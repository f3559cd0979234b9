using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Storage;

namespace Siberindo.Shared.Admin;

/// <summary>
/// An admin page whose forms change one thing: a change that is refused shows the page again with its errors (and
/// nothing of it tracked); one that succeeds redirects, so a reload never posts twice.
/// </summary>
public abstract class ChangePage(SiberindoDb db) : PageModel
{
    protected SiberindoDb Db { get; } = db;

    public IReadOnlyList<string> Errors { get; protected set; } = [];

    /// <summary>Loads what the page shows; false when it does not exist for this user (answered 404).</summary>
    protected abstract Task<bool> LoadAsync(int id, CancellationToken ct);

    protected async Task<IActionResult> ChangeAsync(int id, Func<Task<bool>> exists, Func<Task<List<string>>> change, string redirectTo, CancellationToken ct)
    {
        if (!await exists()) return NotFound();
        var errors = await change();
        if (errors.Count == 0) return Redirect(redirectTo);
        Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Errors = errors;
        return Page();
    }

    /// <summary>
    /// The same for a form whose refusals name their fields: each message is also shown next to its field, the form's
    /// fields being posted as <paramref name="prefix"/> + the field's name.
    /// </summary>
    protected Task<IActionResult> ChangeAsync(int id, Func<Task<bool>> exists, Func<Task<List<FormError>>> change, string prefix, string redirectTo, CancellationToken ct) =>
        ChangeAsync(id, exists, async () => FormErrors.Show(ViewData, await change(), prefix).ToList(), redirectTo, ct);
}
