namespace Siberindo.Core.Text;

/// <summary>
/// Finds word runs in text: letters and digits, held together by the joiners that live inside Indonesian words
/// and numbers: a hyphen between two letters or digits (anak-anak, Covid-19), an apostrophe between two letters
/// (Jum'at, Qur'an) and a dot or comma between two digits (5,3; 1.500; 04.12). Everything else separates.
/// An en or em dash is a separator too: it marks datelines ("PALU – Gempa ..."), never a compound.
/// </summary>
internal ref struct WordRunReader(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;

    /// <summary>Moves to the next run; false at the end of the text.</summary>
    public bool TryRead(out int start, out int length)
    {
        var text = _text;
        var i = _position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && i > start && JoinsAt(text[i - 1], c, text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        _position = i;
        length = i - start;
        return length > 0;
    }

    private static bool JoinsAt(char before, char joiner, char after) =>
        (IsHyphen(joiner) && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
        || (IsApostrophe(joiner) && char.IsLetter(before) && char.IsLetter(after))
        || (joiner is '.' or ',' && char.IsDigit(before) && char.IsDigit(after));

    /// <summary>ASCII hyphen-minus and Unicode's hyphen and non-breaking hyphen (not the en or em dash).</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Straight and typographic apostrophes and the modifier letter apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`';
}
