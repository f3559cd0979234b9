namespace Siberindo.Core.Text;

/// <summary>
/// Inflectional and derivational suffixes, in the order they stack on a word: root + derivational (-kan, -an, -i)
/// + possessive (-ku, -mu, -nya) + particle (-lah, -kah, -tah, -pun), as in "dimainkannyalah".
/// </summary>
internal static class IndonesianSuffixes
{
    public static readonly string[] Particles = ["lah", "kah", "tah", "pun"];

    public static readonly string[] Possessives = ["nya", "ku", "mu"];

    // -kan before -an: "kan" ends in "an", and reading -kan as -an would leave a stray k (mainkan -> maink).
    public static readonly string[] Derivational = ["kan", "an", "i"];

    /// <summary>Removes the first of <paramref name="suffixes"/> that ends the word, keeping at least three letters.</summary>
    public static string Strip(string word, string[] suffixes, out string? removed)
    {
        foreach (var suffix in suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                removed = suffix;
                return word[..^suffix.Length];
            }
        }

        removed = null;
        return word;
    }

    /// <summary>
    /// Confixes that Indonesian does not form (ECS's disallowed pairs): with these the "suffix" belongs to the root,
    /// e.g. dimakan is di + makan, not di + mak + an; kerusakan is ke + rusak + an, not ke + rusa + kan.
    /// </summary>
    public static bool IsDisallowedConfix(PrefixKind prefix, string derivationalSuffix) => (prefix, derivationalSuffix) switch
    {
        (PrefixKind.Be, "i") => true,
        (PrefixKind.Di, "an") => true,
        (PrefixKind.Ke, "i") => true,
        (PrefixKind.Ke, "kan") => true,
        (PrefixKind.Me, "an") => true,
        (PrefixKind.Se, "i") => true,
        (PrefixKind.Se, "kan") => true,
        (PrefixKind.Te, "an") => true,
        _ => false,
    };

    /// <summary>
    /// Words shaped like be-...-an, be-...-lah, me-/di-/pe-/te-...-i are stripped prefix first (ECS precedence):
    /// removing the suffix first would find a wrong root in bertahan (ber + tah + an) or membeli (mem + bel + i).
    /// </summary>
    public static bool PrefixTakesPrecedence(string word, string withoutInflection)
    {
        if (word.StartsWith("be", StringComparison.Ordinal) && word.EndsWith("lah", StringComparison.Ordinal))
        {
            return true;
        }

        var s = withoutInflection;
        if (s.StartsWith("be", StringComparison.Ordinal))
        {
            return s.EndsWith("an", StringComparison.Ordinal);
        }

        return s.EndsWith('i')
            && (s.StartsWith("me", StringComparison.Ordinal) || s.StartsWith("di", StringComparison.Ordinal)
                || s.StartsWith("pe", StringComparison.Ordinal) || s.StartsWith("te", StringComparison.Ordinal));
    }
}
