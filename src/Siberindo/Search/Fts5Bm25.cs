using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Siberindo.Search;

/// <summary>
/// <c>siberindo_bm25(article_search, avgdl, w0, slot0, concept0, all0, w1, ...)</c>: an FTS5 auxiliary function scoring
/// the current row with BM25 from the index's positions, with the term weights (IDFs) and average length given by the
/// caller (from <c>search_terms</c>). FTS5's own <c>bm25()</c> computes each phrase's IDF by walking the phrase's whole
/// posting list once per query: over a million articles a common word costs 30-80 ms that way, while matching the same
/// rows takes under a millisecond.
/// This is the same formula as the PostgreSQL store's, so both databases rank alike: for phrase i,
/// <c>w_i * f * (k1 + 1) / (f + k1 * (1 - b + b * len / avgdl))</c> with f = TitleWeight * title hits + body hits and
/// len the title and body length. Each phrase belongs to an alternative (slot) of a concept (<see cref="QueryScoring"/>):
/// an alternative scores the sum of its phrases, one that requires all (an expansion) only when every phrase is in the
/// row, and each concept its best alternative. Phrases beyond the arguments given (facets) and phrases of weight 0
/// (repeated ones) do not score.
/// Microsoft.Data.Sqlite cannot register FTS5 functions, so this calls the bundled SQLite library directly.
/// </summary>
internal static unsafe class Fts5Bm25
{
    public const string FunctionName = "siberindo_bm25";
    private const string Library = "e_sqlite3";
    private const int SqliteOk = 0, SqliteRow = 100, SqliteDone = 101;

    /// <summary>Per phrase: its weight (0: it does not score), its alternative's slot, its concept, and 1 when the alternative requires all its phrases.</summary>
    public const int ArgumentsPerPhrase = 4;

    // The type tag sqlite3_bind_pointer compares by address and content: allocated once, never freed.
    private static readonly nint ApiPointerType = Marshal.StringToCoTaskMemUTF8("fts5_api_ptr");
    private static readonly nint Name = Marshal.StringToCoTaskMemUTF8(FunctionName);

    // A connection keeps its functions for its lifetime, and FTS5 adds a new entry (never replaces) on every registration:
    // registered once per native connection, which the pool reuses across opens.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Registered = new();

    /// <summary>Registers the function on the connection unless it already has it.</summary>
    public static void EnsureRegistered(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (Registered.TryGetValue(handle, out _)) return;
        var api = FindApi(handle.DangerousGetHandle());
        var rc = api->xCreateFunction(api, (byte*)Name, null, &Score, null);
        if (rc != SqliteOk) throw new InvalidOperationException($"Registering {FunctionName} failed: SQLite error {rc}.");
        Registered.AddOrUpdate(handle, true);
    }

    // The documented way to reach FTS5's API: SELECT fts5(?1) with a pointer bound to ?1.
    private static Fts5Api* FindApi(nint db)
    {
        nint statement;
        var sql = "SELECT fts5(?1)"u8;
        fixed (byte* text = sql)
        {
            var rc = sqlite3_prepare_v2(db, text, sql.Length, &statement, null);
            if (rc != SqliteOk) throw new InvalidOperationException($"FTS5 is not available: SQLite error {rc}.");
        }
        Fts5Api* api = null;
        try
        {
            sqlite3_bind_pointer(statement, 1, &api, ApiPointerType, 0);
            var step = sqlite3_step(statement);
            if (step is not (SqliteRow or SqliteDone) || api == null) throw new InvalidOperationException($"FTS5 API not found: SQLite error {step}.");
            // xCreateFunction exists from version 2 of the API on; the layout below is that of every later version.
            if (api->iVersion < 2) throw new InvalidOperationException($"FTS5 API version {api->iVersion} is too old.");
            return api;
        }
        finally
        {
            sqlite3_finalize(statement);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Score(Fts5ExtensionApi* api, nint fts, nint context, int valueCount, nint* values)
    {
        try
        {
            if (valueCount < 1)
            {
                ResultError(context, $"{FunctionName} needs the average length and {ArgumentsPerPhrase} values per phrase.");
                return;
            }
            var averageLength = sqlite3_value_double(values[0]);
            int titleLength = 0, bodyLength = 0;
            var rc = api->xColumnSize(fts, 0, &titleLength);
            if (rc == SqliteOk) rc = api->xColumnSize(fts, 1, &bodyLength);
            if (rc != SqliteOk)
            {
                sqlite3_result_error_code(context, rc);
                return;
            }
            const double K1 = SearchRanking.K1, B = SearchRanking.B;
            var norm = K1 * (1 - B + B * (titleLength + bodyLength) / Math.Max(1.0, averageLength));
            var phrases = Math.Min(api->xPhraseCount(fts), (valueCount - 1) / ArgumentsPerPhrase);
            // Slots and concepts are numbered from 0 and are fewer than the scoring phrases.
            Span<double> sums = phrases <= 64 ? stackalloc double[phrases] : new double[phrases];
            Span<double> best = phrases <= 64 ? stackalloc double[phrases] : new double[phrases];
            Span<int> needed = phrases <= 64 ? stackalloc int[phrases] : new int[phrases];
            Span<int> found = phrases <= 64 ? stackalloc int[phrases] : new int[phrases];
            Span<int> conceptOf = phrases <= 64 ? stackalloc int[phrases] : new int[phrases];
            Span<bool> requireAll = phrases <= 64 ? stackalloc bool[phrases] : new bool[phrases];
            sums.Clear(); best.Clear(); needed.Clear(); found.Clear();
            for (var i = 0; i < phrases; i++)
            {
                var argument = 1 + i * ArgumentsPerPhrase;
                var weight = sqlite3_value_double(values[argument]);
                var slot = sqlite3_value_int(values[argument + 1]);
                var concept = sqlite3_value_int(values[argument + 2]);
                if (weight == 0 || (uint)slot >= (uint)phrases || (uint)concept >= (uint)phrases) continue;
                conceptOf[slot] = concept;
                requireAll[slot] = sqlite3_value_int(values[argument + 3]) != 0;
                needed[slot]++;
                Fts5PhraseIter iterator;
                int column, offset;
                rc = api->xPhraseFirst(fts, i, &iterator, &column, &offset);
                if (rc != SqliteOk)
                {
                    sqlite3_result_error_code(context, rc);
                    return;
                }
                double frequency = 0;
                for (; column >= 0; api->xPhraseNext(fts, &iterator, &column, &offset))
                {
                    if (column == 0) frequency += SearchRanking.TitleWeight;
                    else if (column == 1) frequency += 1;
                }
                if (frequency > 0)
                {
                    found[slot]++;
                    sums[slot] += weight * frequency * (K1 + 1) / (frequency + norm);
                }
            }
            for (var slot = 0; slot < phrases; slot++)
            {
                if (needed[slot] == 0 || (requireAll[slot] && found[slot] < needed[slot])) continue;
                best[conceptOf[slot]] = Math.Max(best[conceptOf[slot]], sums[slot]);
            }
            var score = 0.0;
            foreach (var value in best) score += value;
            sqlite3_result_double(context, score);
        }
        catch (Exception e)
        {
            // An exception must never cross into SQLite's frames.
            ResultError(context, e.Message);
        }
    }

    private static void ResultError(nint context, string message)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(message);
        fixed (byte* text = bytes) sqlite3_result_error(context, text, bytes.Length);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5Api
    {
        public int iVersion;
        public nint xCreateTokenizer;
        public nint xFindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, void*,
            delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, nint, nint, int, nint*, void>, void*, int> xCreateFunction;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5PhraseIter
    {
        public nint a, b;
    }

    // The leading members of struct Fts5ExtensionApi (fts5.h), in order; later versions only append.
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ExtensionApi
    {
        public int iVersion;
        public nint xUserData;
        public nint xColumnCount;
        public nint xRowCount;
        public nint xColumnTotalSize;
        public nint xTokenize;
        public delegate* unmanaged[Cdecl]<nint, int> xPhraseCount;
        public nint xPhraseSize;
        public nint xInstCount;
        public nint xInst;
        public nint xRowid;
        public nint xColumnText;
        public delegate* unmanaged[Cdecl]<nint, int, int*, int> xColumnSize;
        public nint xQueryPhrase;
        public nint xSetAuxdata;
        public nint xGetAuxdata;
        public delegate* unmanaged[Cdecl]<nint, int, Fts5PhraseIter*, int*, int*, int> xPhraseFirst;
        public delegate* unmanaged[Cdecl]<nint, Fts5PhraseIter*, int*, int*, void> xPhraseNext;
    }

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_prepare_v2(nint db, byte* sql, int length, nint* statement, byte** tail);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_bind_pointer(nint statement, int index, void* pointer, nint type, nint destructor);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_step(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_finalize(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern double sqlite3_value_double(nint value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_value_int(nint value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void sqlite3_result_double(nint context, double value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void sqlite3_result_error(nint context, byte* message, int length);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void sqlite3_result_error_code(nint context, int code);
}
