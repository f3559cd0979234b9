using Npgsql;
using Siberindo.Search;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Search;

/// <summary>The tsvector the index writes must be the one PostgreSQL's own 'simple' configuration builds from the terms.</summary>
public sealed class PostgresTsVectorTests
{
    [SkippableFact]
    public async Task Written_documents_equal_what_to_tsvector_makes_of_the_same_terms()
    {
        var server = TestDatabase.PostgresServer();
        var longBody = string.Join(' ', Enumerable.Range(0, 17_000).Select(i => i % 300 == 0 ? "banjir" : $"kata{i % 7}"));
        (string Title, string Body)[] documents =
        [
            ("gempa guncang majene", "gempa bumi guncang majene 2025 warga ungsi gempa"),
            ("", "covid19 rp 150 juta 5g 1e5 bpbd"),
            ("banjir banjir banjir", ""),
            ("judul", longBody), // past 16,383 positions and 255 per lexeme
        ];

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        foreach (var (title, body) in documents)
        {
            await using var command = new NpgsqlCommand(
                "SELECT (setweight(to_tsvector('simple', @title), 'A') || setweight(to_tsvector('simple', @body), 'B')) = @written::tsvector", connection);
            command.Parameters.AddWithValue("title", title);
            command.Parameters.AddWithValue("body", body);
            command.Parameters.AddWithValue("written", PostgresTsVector.Text(title, body));
            Assert.True((bool)(await command.ExecuteScalarAsync())!, $"differs for '{title}'");
        }
    }
}
