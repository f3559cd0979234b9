using Siberindo.Core.Stories;

namespace Siberindo.Bench.Stories;

/// <summary>The product's region catalog (src/Siberindo/Regions/Data) as the story index's place names.</summary>
static class Places
{
    public static PlaceNames FromCatalog()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Siberindo.slnx"))) dir = dir.Parent;
        var data = Path.Combine(dir!.FullName, "src", "Siberindo", "Regions", "Data");
        IEnumerable<string> Names(string file, int column) => File.ReadLines(Path.Combine(data, file)).Skip(1).Select(line => line.Split(',')[column]);
        return new PlaceNames(Names("regencies.csv", 2), Names("provinces.csv", 1));
    }
}
