namespace Siberindo.Core.Text;

/// <summary>
/// Splits one word of a run at the dots and commas between its digits, unless they are thousands separators.
/// Indonesian writes 1.500.000 for a million and a half and 5,3 for five point three; times use a dot (04.12).
/// A number whose every group after the first has three digits and whose separators are all dots is one term
/// (the dots are skipped when the term is built); anything else yields its groups, as a database tokenizer would.
/// </summary>
internal ref struct NumberGroups(ReadOnlySpan<char> word)
{
    private ReadOnlySpan<char> _rest = word;
    private readonly bool _split = HasSeparators(word) && !IsThousandsGrouped(word);

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly NumberGroups GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_rest.IsEmpty)
        {
            return false;
        }

        if (!_split)
        {
            Current = _rest;
            _rest = default;
            return true;
        }

        var separator = _rest.IndexOfAny('.', ',');
        Current = separator < 0 ? _rest : _rest[..separator];
        _rest = separator < 0 ? default : _rest[(separator + 1)..];
        return true;
    }

    /// <summary>True for the characters that a thousands-grouped term skips.</summary>
    public static bool IsSeparator(char c) => c is '.' or ',';

    private static bool HasSeparators(ReadOnlySpan<char> word) => word.IndexOfAny('.', ',') >= 0;

    private static bool IsThousandsGrouped(ReadOnlySpan<char> word)
    {
        if (word.Contains(','))
        {
            return false;
        }

        var groups = word;
        var first = groups.IndexOf('.');
        groups = groups[(first + 1)..];
        while (true)
        {
            var next = groups.IndexOf('.');
            var group = next < 0 ? groups : groups[..next];
            if (group.Length != 3)
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            groups = groups[(next + 1)..];
        }
    }
}
