namespace Siberindo.Core.Text;

/// <summary>The prefix families of Indonesian derivation; per- belongs to <see cref="Pe"/>, ter- to <see cref="Te"/>.</summary>
internal enum PrefixKind : byte
{
    Di,
    Ke,
    Se,
    Be,
    Te,
    Me,
    Pe,
}

/// <summary>
/// One way to read a word as prefix + remainder. Candidates from the same rule share <paramref name="Rule"/>:
/// they are competing recodings of one nasal or r (memakan: makan | pakan), to be ranked against each other.
/// </summary>
internal readonly record struct PrefixCandidate(PrefixKind Prefix, string Remainder, int Rule);

/// <summary>
/// Prefix removal with the recoding rules of Enhanced Confix Stripping (Arifin et al.), written from the
/// morphophonology: meN-/peN- fuse with the first consonant of the root (tulis -> menulis, sapu -> menyapu),
/// so removing them means guessing the consonant back. Candidates come out in the order ECS tries them.
/// </summary>
internal static class IndonesianPrefixRules
{
    /// <summary>Adds every prefix reading of <paramref name="word"/> (lowercase a-z) to <paramref name="output"/>.</summary>
    public static void AddCandidates(string word, List<PrefixCandidate> output)
    {
        if (word.Length < 4)
        {
            return;
        }

        switch (word[0], word[1])
        {
            case ('d', 'i'):
                output.Add(new(PrefixKind.Di, word[2..], 0));
                break;
            case ('k', 'e'):
                output.Add(new(PrefixKind.Ke, word[2..], 0));
                break;
            case ('s', 'e'):
                output.Add(new(PrefixKind.Se, word[2..], 0));
                break;
            case ('b', 'e'):
                AddBerOrTer(word, PrefixKind.Be, output);
                break;
            case ('t', 'e'):
                AddBerOrTer(word, PrefixKind.Te, output);
                break;
            case ('m', 'e'):
                AddMeN(word, output);
                break;
            case ('p', 'e'):
                AddPeN(word, output);
                break;
        }
    }

    // ber-/ter- drop their r before a root that starts with r (ber + rupa -> berupa), so "berV..." is either
    // ber + V... (berada) or be + rV... (berupa); "be" alone also appears before C-er syllables (bekerja, beternak).
    private static void AddBerOrTer(string word, PrefixKind kind, List<PrefixCandidate> output)
    {
        if (word[2] == 'r')
        {
            var rest = word[3..];
            if (IsVowel(rest[0]))
            {
                output.Add(new(kind, rest, 1));
                output.Add(new(kind, "r" + rest, 1));
            }
            else if (rest[0] != 'r')
            {
                output.Add(new(kind, rest, 1));
            }

            return;
        }

        // belajar is the one ber- word with an l: bel + ajar.
        if (kind == PrefixKind.Be && word.StartsWith("belajar", StringComparison.Ordinal))
        {
            output.Add(new(kind, word[3..], 2));
            return;
        }

        // be-C1erC2 (bekerja -> kerja, beserta -> serta, teperdaya -> perdaya).
        if (IsConsonant(word[2]) && word[2] is not ('r' or 'l') && At(word, 3) == 'e' && At(word, 4) == 'r')
        {
            output.Add(new(kind, word[2..], 3));
        }
    }

    private static void AddMeN(string word, List<PrefixCandidate> output)
    {
        var c = word[2];

        // me- before l, r, w, y keeps the root whole (melihat, merusak, mewarnai, meyakini).
        if (c is 'l' or 'r' or 'w' or 'y' && IsVowel(At(word, 3)))
        {
            output.Add(new(PrefixKind.Me, word[2..], 10));
            return;
        }

        // me- before m and n of the root (memakan -> makan, menanti -> nanti) is spelt like a fused nasal,
        // so those readings compete with the recodings below.
        if (c == 'm')
        {
            AddNasalM(word, PrefixKind.Me, output);
            return;
        }

        if (c == 'n')
        {
            AddNasalN(word, PrefixKind.Me, output);
        }
    }

    private static void AddPeN(string word, List<PrefixCandidate> output)
    {
        var c = word[2];

        if (c is 'w' or 'y' && IsVowel(At(word, 3)))
        {
            output.Add(new(PrefixKind.Pe, word[2..], 20));
            return;
        }

        // per- behaves like ber-: perekonomian = per + ekonomi + an, perumahan = pe + rumah + an.
        if (c == 'r')
        {
            var rest = word[3..];
            if (IsVowel(rest[0]))
            {
                output.Add(new(PrefixKind.Pe, rest, 21));
                output.Add(new(PrefixKind.Pe, "r" + rest, 21));
            }
            else if (rest[0] != 'r')
            {
                output.Add(new(PrefixKind.Pe, rest, 21));
            }

            return;
        }

        if (c == 'l')
        {
            // pelajar = pel + ajar, like belajar; otherwise pe + l-root (pelatih, pelaku).
            if (word.StartsWith("pelajar", StringComparison.Ordinal))
            {
                output.Add(new(PrefixKind.Pe, word[3..], 22));
            }

            output.Add(new(PrefixKind.Pe, word[2..], 23));
            return;
        }

        if (c == 'm')
        {
            AddNasalM(word, PrefixKind.Pe, output);
            return;
        }

        if (c == 'n')
        {
            AddNasalN(word, PrefixKind.Pe, output);
            return;
        }

        // pe- before other consonants keeps the root whole (pekerja, petugas, pedagang, pesepak bola).
        if (IsConsonant(c))
        {
            output.Add(new(PrefixKind.Pe, word[2..], 24));
        }
    }

    // meN-/peN- + b, f, v, p -> mem-/pem-; the p of the root is dropped before a vowel (pukul -> memukul).
    private static void AddNasalM(string word, PrefixKind kind, List<PrefixCandidate> output)
    {
        var d = At(word, 3);
        var rest = word[3..];
        if (d is 'b' or 'f' or 'v' or 'p')
        {
            // membuat, memfasilitasi, memvaksin; mempunyai, memperbaiki (mem + per...), memproses.
            output.Add(new(kind, rest, 30));
            return;
        }

        if (IsVowel(d) || (d == 'r' && IsVowel(At(word, 4))))
        {
            // memakan -> makan | pakan, memukul -> mukul | pukul: me- + m-root or mem- + dropped p.
            output.Add(new(kind, "m" + rest, 31));
            output.Add(new(kind, "p" + rest, 31));
        }
    }

    // meN-/peN- + c, d, j, z, s, t -> men-/pen-; t is dropped before a vowel (tulis -> menulis),
    // s becomes ny (sapu -> menyapu), k and vowels take meng-/peng- (kirim -> mengirim, ambil -> mengambil).
    private static void AddNasalN(string word, PrefixKind kind, List<PrefixCandidate> output)
    {
        var d = At(word, 3);
        if (d == 'y' && IsVowel(At(word, 4)))
        {
            // menyalurkan -> salur | nyalur (menyanyi -> nyanyi).
            var afterNy = word[4..];
            output.Add(new(kind, "s" + afterNy, 40));
            output.Add(new(kind, "ny" + afterNy, 40));
            return;
        }

        if (d == 'g')
        {
            AddNasalNg(word, kind, output);
            return;
        }

        var rest = word[3..];
        if (d is 'c' or 'd' or 'j' or 'z' or 's' or 't')
        {
            // mencari, mendapat, menjual; s and t stay in loanwords (mensosialisasikan, mentransfer).
            output.Add(new(kind, rest, 41));
            return;
        }

        if (IsVowel(d))
        {
            // menanam -> nanam | tanam, menilai -> nilai | tilai.
            output.Add(new(kind, "n" + rest, 42));
            output.Add(new(kind, "t" + rest, 42));
        }
    }

    private static void AddNasalNg(string word, PrefixKind kind, List<PrefixCandidate> output)
    {
        var e = At(word, 4);
        var rest = word[4..];
        if (e is 'g' or 'h' or 'k' or 'q')
        {
            // menggunakan, menghasilkan, mengkaji (loanwords keep k).
            output.Add(new(kind, rest, 50));
            return;
        }

        if (IsVowel(e))
        {
            // mengungsi -> ungsi, mengirim -> irim | kirim; menge- + one-syllable root (mengecek -> cek, pengebom -> bom).
            output.Add(new(kind, rest, 51));
            output.Add(new(kind, "k" + rest, 51));
            if (e == 'e' && IsConsonant(At(word, 5)))
            {
                output.Add(new(kind, word[5..], 52));
            }
        }
    }

    private static char At(string word, int index) => index < word.Length ? word[index] : '\0';

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
