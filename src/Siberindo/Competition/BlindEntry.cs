using System.Text.RegularExpressions;

namespace Siberindo.Competition;

/// <summary>A picture as a judge sees it: no credit, which often names the author or the outlet.</summary>
public sealed record BlindPicture(int Id, string Caption, string Alt, int Width, int Height);

/// <summary>
/// An entry as a judge sees it before the results: a code, the title and the text, nothing of the author, outlet or
/// region. The author's and outlet's names are also masked where the text itself carries them (a byline or a
/// signature left in by habit), since a blind review that leaks through the text is not blind.
/// </summary>
public sealed record BlindEntry(int AssignmentId, string Code, string Title, string Body, IReadOnlyList<BlindPicture> Pictures)
{
    public const string Mask = "[disamarkan]";

    public static string CodeOf(int entryId) => $"N-{entryId:0000}";

    public static BlindEntry From(JudgeAssignment a, CompetitionEntry e) => new(a.Id, CodeOf(e.Id), MaskNames(e.Title, e), MaskNames(e.Body, e),
        e.Images.OrderBy(i => i.Order).Select(i => new BlindPicture(i.Id, MaskNames(i.Caption, e), MaskNames(i.Alt, e), i.Width, i.Height)).ToList());

    public static string MaskNames(string text, CompetitionEntry e)
    {
        foreach (var name in new[] { e.AuthorName, e.OutletName }.Where(n => n.Trim().Length >= 3).OrderByDescending(n => n.Length))
            text = Regex.Replace(text, Regex.Escape(name.Trim()), Mask, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return text;
    }
}
