namespace Siberindo.FactChecks;

/// <summary>The registry tells the matching stage that a fact-check was published or corrected: it reloads the claims
/// and matches the new one against the recent archive. Raised after the commit; the stage only wakes.</summary>
public sealed class FactCheckEvents
{
    public event Action? Changed;

    public void RaiseChanged() => Changed?.Invoke();
}
