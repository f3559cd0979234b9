using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Outlets;
using Siberindo.Partners;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Releases.Pages;

/// <summary>
/// The members' inbox: releases delivered to the outlets of the user's area (an editor: its outlet), through the
/// embargo filter; links are the outlets' tracked links, so opening and downloading are logged. Also the outlet's
/// private feed tokens and webhook.
/// </summary>
[Authorize(Policy = Roles.Staff)]
public sealed class InboxModel(SiberindoDb db, ReleaseReader reader, ReceiverService receivers, AccessScope scope) : PageModel
{
    public sealed record Item(long ReleaseId, string Key, string Headline, string Partner, DateTime Published, string Outlet, bool Withdrawn);

    public List<Item> Items { get; private set; } = [];
    public Dictionary<long, List<ReleaseAttachment>> Attachments { get; private set; } = [];
    public Outlet? Outlet { get; private set; }
    public List<ReleaseChannel> Channels { get; private set; } = [];
    public ReleaseWebhook? Webhook { get; private set; }
    public List<(int Id, string Name)> ManagedOutlets { get; private set; } = [];
    public string? NewSecret { get; private set; }
    public string? NewSecretLabel { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty, Display(Name = "Alamat webhook")] public string? WebhookUrl { get; set; }

    public Task OnGetAsync(int? media, CancellationToken ct) => LoadAsync(media, ct);

    public async Task<IActionResult> OnPostChannelAsync(int media, CancellationToken ct)
    {
        var token = await receivers.NewChannelAsync(media, ct);
        (NewSecret, NewSecretLabel) = ($"{Request.Scheme}://{Request.Host}/rilis/saluran/{token}/feed.xml", "Alamat feed pribadi");
        await LoadAsync(media, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int media, long channelId, CancellationToken ct)
    {
        await receivers.RevokeChannelAsync(media, channelId, ct);
        return Redirect($"/admin/rilis?media={media}");
    }

    public async Task<IActionResult> OnPostWebhookAsync(int media, CancellationToken ct)
    {
        var (secret, error) = await receivers.SetWebhookAsync(media, WebhookUrl, ct);
        (NewSecret, NewSecretLabel) = (secret, "Rahasia webhook (HMAC-SHA256)");
        // The only refusal is about the address; a saved webhook's form starts empty again (asp-for would show the posted one).
        if (error is not null) Errors = FormErrors.Show(ViewData, [new FormError(error, nameof(WebhookUrl))]);
        else
        {
            ModelState.Clear();
            WebhookUrl = null;
        }
        await LoadAsync(media, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableWebhookAsync(int media, CancellationToken ct)
    {
        await receivers.DisableWebhookAsync(media, ct);
        return Redirect($"/admin/rilis?media={media}");
    }

    private async Task LoadAsync(int? media, CancellationToken ct)
    {
        var outlets = scope.Outlets(db.Outlets);
        var rows = await db.Set<ReleaseDelivery>().AsNoTracking().Join(outlets, d => d.OutletId, o => o.Id, (d, o) => new { d.Key, d.ReleaseId, o.Name })
            .Join(reader.Readable(), x => x.ReleaseId, r => r.Id, (x, r) => new { x.Key, x.Name, r.Id, r.Headline, r.EmbargoUntil, r.PartnerId, r.State })
            .Join(db.Set<Partner>(), x => x.PartnerId, p => p.Id, (x, p) => new { x.Key, x.Name, x.Id, x.Headline, x.EmbargoUntil, x.State, Partner = p.Name })
            .OrderByDescending(x => x.EmbargoUntil).Take(200).ToListAsync(ct);
        Items = rows.Select(x => new Item(x.Id, x.Key, x.Headline, x.Partner, x.EmbargoUntil!.Value, x.Name, x.State == ReleaseState.Withdrawn)).ToList();
        var ids = Items.Where(i => !i.Withdrawn).Select(i => i.ReleaseId).Distinct().ToList();
        Attachments = (await db.Set<ReleaseAttachment>().AsNoTracking().Where(a => ids.Contains(a.ReleaseId)).ToListAsync(ct))
            .GroupBy(a => a.ReleaseId).ToDictionary(g => g.Key, g => g.ToList());
        var outletId = scope.Level == ScopeLevel.Outlet ? scope.OutletId : media;
        if (outletId is { } id && await outlets.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) is { } outlet)
        {
            Outlet = outlet;
            Channels = await db.Set<ReleaseChannel>().AsNoTracking().Where(c => c.OutletId == id).OrderByDescending(c => c.Id).ToListAsync(ct);
            Webhook = await db.Set<ReleaseWebhook>().AsNoTracking().Where(w => w.OutletId == id && w.Active).OrderByDescending(w => w.Id).FirstOrDefaultAsync(ct);
        }
        else if (scope.IsBoardAdmin)
            ManagedOutlets = (await outlets.AsNoTracking().OrderBy(o => o.Name).Take(2000).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
    }
}
