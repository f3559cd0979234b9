using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Shared;
using Siberindo.Stories;

namespace Siberindo.Stories.Pages;

/// <summary>One story for review: its articles with their share of terms with the source, split and merge by hand.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Siberindo.Accounts.Roles.Admin)]
public sealed class StoryReviewModel(StoryReviewQueries reviews, StoryEditing editing) : PageModel
{
    public StoryReviewQueries.Review? Review { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    // Posted under these names (StoryEditing.ChosenArticles, StoryEditing.OtherStory), which its refusals name.
    [BindProperty] public List<long> Articles { get; set; } = [];
    [BindProperty, Display(Name = "Gabungkan dengan cerita nomor")] public long? OtherStory { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, string? dicatat, CancellationToken ct)
    {
        if (dicatat is not null)
            Done = "Keputusan tercatat dan diterapkan dalam beberapa detik (decision recorded; applied within seconds).";
        return await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostSplitAsync(long id, CancellationToken ct)
    {
        var (decision, errors) = await editing.SplitAsync(id, Articles, User.Identity?.Name ?? "?", ct);
        return decision is not null ? Redirect($"/admin/cerita/{id}?dicatat=1") : await FailAsync(id, errors, ct);
    }

    public async Task<IActionResult> OnPostMergeAsync(long id, CancellationToken ct)
    {
        if (OtherStory is not { } other)
            return await FailAsync(id, [new("Isi nomor cerita yang digabungkan (give the other story's number).", StoryEditing.OtherStory)], ct);
        var (decision, errors) = await editing.MergeAsync(id, other, User.Identity?.Name ?? "?", ct);
        return decision is not null ? Redirect($"/admin/cerita/{id}?dicatat=1") : await FailAsync(id, errors, ct);
    }

    async Task<IActionResult> FailAsync(long id, IReadOnlyList<FormError> errors, CancellationToken ct)
    {
        Errors = FormErrors.Show(ViewData, errors);
        return await LoadAsync(id, ct);
    }

    async Task<IActionResult> LoadAsync(long id, CancellationToken ct)
    {
        Review = await reviews.ReviewAsync(id, ct);
        return Review is null ? NotFound() : Page();
    }
}
