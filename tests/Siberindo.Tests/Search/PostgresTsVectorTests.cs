using Npgsql;
using Siberindo.Search;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Search;

/// <summary>
/// The tsvector the index writes, as text and in the binary form a rebuild copies, must be the one PostgreSQL's own
/// 'simple' configuration builds from the terms (without positions, facets after them), and the frequencies must count
/// title hits twice.
/// </summary>
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
            ("judul", longBody),
        ];

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE copied (n int, document tsvector)", connection))
            await create.ExecuteNonQueryAsync();
        await using (var importer = await connection.BeginBinaryImportAsync("COPY copied (n, document) FROM STDIN (FORMAT BINARY)"))
        {
            for (var n = 0; n < documents.Length; n++)
            {
                // Facets given out of order: the binary form must sort, as PostgreSQL keeps lexemes sorted.
                var lexemes = PostgresTsVector.Terms(documents[n].Title, documents[n].Body, ["#p31", "#b0"]).Lexemes;
                await importer.WriteRowAsync(default, n, PostgresTsVector.Binary(lexemes));
            }
            await importer.CompleteAsync();
        }
        for (var n = 0; n < documents.Length; n++)
        {
            var (title, body) = documents[n];
            await using var command = new NpgsqlCommand("""
                SELECT (strip(to_tsvector('simple', @title) || to_tsvector('simple', @body)) || @facets::tsvector)::text AS expected,
                       @written::tsvector::text AS written, (SELECT document FROM copied WHERE n = @n)::text AS copied
                """, connection);
            command.Parameters.AddWithValue("title", title);
            command.Parameters.AddWithValue("body", body);
            command.Parameters.AddWithValue("facets", "'#p31' '#b0'");
            command.Parameters.AddWithValue("written", PostgresTsVector.Text(PostgresTsVector.Terms(title, body, ["#p31", "#b0"]).Lexemes));
            command.Parameters.AddWithValue("n", n);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var expected = reader.GetFieldValue<string>(0);
            Assert.Equal(expected, reader.GetFieldValue<string>(1));
            Assert.Equal(expected, reader.GetFieldValue<string>(2));
        }
    }

    [Fact]
    public void Frequencies_list_only_terms_whose_weighted_count_is_not_one()
    {
        var json = PostgresTsVector.Terms("gempa guncang majene", "gempa bumi guncang gempa warga", []).FrequencyJson;

        Assert.Equal("{\"gempa\":4,\"guncang\":3,\"majene\":2}", json);
        Assert.Equal("{}", PostgresTsVector.Terms("", "satu dua tiga", []).FrequencyJson);
    }
}
