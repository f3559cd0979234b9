using Siberindo.Bench.Releases;

// dotnet run -c Release --project bench/Siberindo.Bench.Releases -- [--releases 50] [--outlets 120] [--every-seconds 8] [--db FILE]
string Option(string name, string fallback) => Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
return await PickupBenchmark.RunAsync(new PickupBenchmark.Settings(
    Releases: int.Parse(Option("--releases", "50")),
    Outlets: int.Parse(Option("--outlets", "120")),
    Every: TimeSpan.FromSeconds(double.Parse(Option("--every-seconds", "8"), System.Globalization.CultureInfo.InvariantCulture)),
    Database: Option("--db", Path.Combine(Path.GetTempPath(), "siberindo-bench-releases.db"))));
