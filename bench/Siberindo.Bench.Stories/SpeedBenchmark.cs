namespace Siberindo.Bench.Stories; static class SpeedBenchmark { public static void Run(int n, int m) { } }
