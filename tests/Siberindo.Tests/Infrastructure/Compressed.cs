using System.Diagnostics.Metrics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Siberindo.Tests.Infrastructure;

/// <summary>A response read without decompressing, and its body decoded.</summary>
public sealed record Compressed(HttpStatusCode Status, string? Coding, string Vary, string ETag, string CacheControl, TimeSpan? Age, byte[] Body, string Text,
    HttpResponseHeaders Headers)
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string? acceptEncoding, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        return await http.SendAsync(request);
    }

    /// <summary>The value of a response header such as nginx's X-Cache-Status, or null.</summary>
    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public static async Task<Compressed> GetAsync(HttpClient http, string path, string? acceptEncoding)
    {
        using var response = await SendAsync(http, path, acceptEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();
        var coding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        return new Compressed(response.StatusCode, coding, string.Join(",", response.Headers.Vary), response.Headers.ETag?.ToString() ?? "",
            response.Headers.CacheControl?.ToString() ?? "", response.Headers.Age, body, Decode(body, coding), response.Headers);
    }

    private static string Decode(byte[] body, string? coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoded = coding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            null => input,
            _ => throw new InvalidOperationException(coding),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>The app's own compression counter (siberindo.responses.compressed), apart from other apps in this process.</summary>
public sealed class CompressionCount : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<(string Coding, bool Cached), long> _counts = [];

    public CompressionCount(TestApp app)
    {
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "siberindo.responses.compressed" && ReferenceEquals(instrument.Meter.Scope, factory))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string coding = "";
            var cached = false;
            foreach (var tag in tags)
            {
                if (tag.Key == "encoding") coding = (string)tag.Value!;
                if (tag.Key == "cached") cached = (bool)tag.Value!;
            }
            lock (_counts) _counts[(coding, cached)] = _counts.GetValueOrDefault((coding, cached)) + value;
        });
        _listener.Start();
    }

    public long Cached(string coding) { lock (_counts) return _counts.GetValueOrDefault((coding, true)); }
    public long Once(string coding) { lock (_counts) return _counts.GetValueOrDefault((coding, false)); }
    public void Dispose() => _listener.Dispose();
}
