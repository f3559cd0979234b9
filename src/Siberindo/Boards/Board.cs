using Siberindo.Accounts;

namespace Siberindo.Boards;

public enum BoardLevel { National = 0, Province = 1, Regency = 2 }

/// <summary>A board (pengurus) of the association: national, provincial or of one regency/city, for one term.</summary>
public sealed class Board : IRegional
{
    public int Id { get; init; }
    public BoardLevel Level { get; init; }
    public string? ProvinceCode { get; init; }
    public string? RegencyCode { get; init; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }
    /// <summary>Tanggal pengukuhan: the day the board was inaugurated.</summary>
    public DateOnly? InauguratedOn { get; set; }
    /// <summary>Nomor SK of the appointment.</summary>
    public string? DecreeNumber { get; set; }
    public List<BoardOfficer> Officers { get; init; } = [];

    public bool IsActiveOn(DateOnly day) => TermStart <= day && day <= TermEnd;
}

public enum OfficerPosition { Ketua = 0, WakilKetua = 1, Sekretaris = 2, WakilSekretaris = 3, Bendahara = 4, WakilBendahara = 5, KetuaBidang = 6, Anggota = 7 }

public sealed class BoardOfficer
{
    public int Id { get; init; }
    public int BoardId { get; init; }
    public OfficerPosition Position { get; init; }
    public required string Name { get; init; }
    /// <summary>The member outlet the officer comes from, if any.</summary>
    public int? OutletId { get; init; }
}
