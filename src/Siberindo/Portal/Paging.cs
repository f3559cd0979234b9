namespace Siberindo.Portal;

/// <summary>Page numbers from the query string (?halaman=2), kept within sane bounds.</summary>
public readonly record struct Paging(int Page, int Size)
{
    public const int MaxPage = 500;
    public int Skip => (Page - 1) * Size;
    public static Paging From(int? page, int size) => new(Math.Clamp(page ?? 1, 1, MaxPage), size);
}
