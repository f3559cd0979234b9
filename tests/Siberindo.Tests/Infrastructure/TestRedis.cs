namespace Siberindo.Tests.Infrastructure;

/// <summary>The Redis server named by SIBERINDO_TEST_REDIS (started by scripts/test.sh); a fresh key prefix per test.</summary>
public static class TestRedis
{
    public const string Variable = "SIBERINDO_TEST_REDIS";

    public static string[] ConfigurationArgs()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"{Variable} is not set under CI=true: .ci/run must start Redis.");
            throw new SkipException($"Set {Variable} (e.g. 127.0.0.1:6379) to run this test.");
        }
        return [$"--ConnectionStrings:Redis={value}", $"--Redis:Prefix=test-{Guid.NewGuid():N}:"];
    }
}
