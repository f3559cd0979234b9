using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Programs;
using Siberindo.Storage;

namespace Siberindo.Certificates;

/// <summary>A year's trainings in numbers, nationally or for one province.</summary>
public sealed record TrainingCounts(int Held, int Registered, int Attended, int Certified, int Revoked, int PeopleCertified)
{
    /// <summary>
    /// Trainings held (started by <paramref name="asOf"/>) in the year by the province's boards (all boards when
    /// null), their registrations, attendees and certificates; and how many people of the province's outlets hold a
    /// valid certificate of any of the year's trainings, the national ones included.
    /// </summary>
    public static async Task<TrainingCounts> CountAsync(SiberindoDb db, int year, DateOnly asOf, string? provinceCode, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var events = db.Set<AssociationEvent>().Where(e => ProgramLabels.TrainingKinds.Contains(e.Kind) && e.StartsOn >= from && e.StartsOn <= to && e.StartsOn <= asOf);
        var held = provinceCode is null ? events : events.Where(e => e.ProvinceCode == provinceCode);
        var registrations = db.Set<TrainingRegistration>().Where(r => held.Any(e => e.Id == r.EventId));
        var certificates = db.Set<Certificate>().Where(c => held.Any(e => e.Id == c.EventId));
        var outlets = provinceCode is null ? db.Outlets : db.Outlets.Where(o => o.ProvinceCode == provinceCode);
        var people = db.Set<TrainingRegistration>()
            .Where(r => events.Any(e => e.Id == r.EventId) && outlets.Any(o => o.Id == r.OutletId) && r.Certificate != null && r.Certificate.RevokedAt == null)
            .Select(r => r.PersonId).Distinct();
        return new TrainingCounts(
            await held.CountAsync(ct),
            await registrations.CountAsync(ct),
            await registrations.CountAsync(r => r.Attended == true, ct),
            await certificates.CountAsync(c => c.RevokedAt == null, ct),
            await certificates.CountAsync(c => c.RevokedAt != null, ct),
            await people.CountAsync(ct));
    }
}
