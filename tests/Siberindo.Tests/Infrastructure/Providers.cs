namespace Siberindo.Tests.Infrastructure;

/// <summary>Both database providers, for tests that must hold on each.</summary>
public static class Providers
{
    public static TheoryData<string> All => new() { "Sqlite", "Postgres" };
}
