namespace Siberindo.Articles;

/// <summary>
/// What ingest tells the features that follow the article stream (release pickup, and any other that subscribes):
/// articles were stored. Raised after the commit; subscribers only wake their own stage, so ingest never waits.
/// </summary>
public sealed class ArticleEvents
{
    public event Action? Stored;

    public void RaiseStored() => Stored?.Invoke();
}
