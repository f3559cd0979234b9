namespace Siberindo.Core.Competition;

/// <summary>What the assigner knows of an entry: who wrote it and where they work, never shown to judges.</summary>
public sealed record EntryParty(int EntryId, int AuthorPersonId, string AuthorName, int OutletId, string? ProvinceCode);

/// <summary>
/// A judge as conflicts are checked: the outlets they work at, the provinces whose boards (or regency boards) they sit
/// on, the family names they declared (their own and their relatives'), and conflicts declared by hand with a person
/// or an outlet.
/// </summary>
public sealed record JudgeParty(int JudgeId, IReadOnlyCollection<int> OutletIds, IReadOnlyCollection<string> BoardProvinces, IReadOnlyCollection<string> FamilyNames,
    IReadOnlyCollection<int> DeclaredPersons, IReadOnlyCollection<int> DeclaredOutlets);

/// <summary>Why a judge may not judge an entry, after HotCRP's types: institutional, collaborator, personal.</summary>
public enum ConflictReason
{
    None = 0,
    /// <summary>The judge works at the entrant's outlet (institutional, detected).</summary>
    SameOutlet = 1,
    /// <summary>The judge sits on the board of the entrant's province (institutional, detected).</summary>
    SameProvinceBoard = 2,
    /// <summary>The entrant carries a family name the judge declared (personal, detected).</summary>
    FamilyName = 3,
    /// <summary>The judge declared a conflict with the entrant or their outlet (collaborator or personal, declared).</summary>
    Declared = 4,
}

public static class Conflicts
{
    /// <summary>The first reason the judge is conflicted with the entry, or <see cref="ConflictReason.None"/>.</summary>
    public static ConflictReason Between(JudgeParty judge, EntryParty entry)
    {
        if (judge.DeclaredPersons.Contains(entry.AuthorPersonId) || judge.DeclaredOutlets.Contains(entry.OutletId)) return ConflictReason.Declared;
        if (judge.OutletIds.Contains(entry.OutletId)) return ConflictReason.SameOutlet;
        if (entry.ProvinceCode is not null && judge.BoardProvinces.Contains(entry.ProvinceCode)) return ConflictReason.SameProvinceBoard;
        if (SharesFamilyName(judge.FamilyNames, entry.AuthorName)) return ConflictReason.FamilyName;
        return ConflictReason.None;
    }

    /// <summary>
    /// Whether a declared family name is one of the words of the author's name (whole words, ignoring case and
    /// accents): "Siregar" matches "Rina Siregar", not "Siregarsyah".
    /// </summary>
    public static bool SharesFamilyName(IReadOnlyCollection<string> familyNames, string authorName)
    {
        if (familyNames.Count == 0) return false;
        var words = Words(authorName);
        return familyNames.Any(f => Words(f) is { Count: > 0 } name && ContainsRun(words, name));
    }

    private static List<string> Words(string text) =>
        Text.TextFolding.FoldToBaseLetters(text).ToLowerInvariant().Split([' ', '-', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool ContainsRun(List<string> words, List<string> run)
    {
        for (var i = 0; i + run.Count <= words.Count; i++)
            if (words.Skip(i).Take(run.Count).SequenceEqual(run)) return true;
        return false;
    }
}
