namespace Siberindo.Competition;

/// <summary>A member outlet offered in a conflict picker: the domain is what the form sends, the name what people read.</summary>
public sealed record OutletChoice(string Domain, string Name);
