namespace Siberindo.Regions;

/// <summary>A regency (kabupaten, 01-69) or city (kota, 71-99) with its Kemendagri code ("36.71").</summary>
public sealed class Regency
{
    public required string Code { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; set; }
    public Province? Province { get; init; }

    public bool IsCity => int.TryParse(Code.AsSpan(Code.IndexOf('.') + 1), out var n) && n >= 71;
}
