using Npgsql;
using Siberindo.Search;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Search;

/// <summary>
/// The tsvector the index writes must be the one PostgreSQL's own 'simple' configuration builds from the terms (without
/// positions, facets after them), and the frequencies must count title hits twice.
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
        foreach (var (title, body) in documents)
        {
            await using var command = new NpgsqlCommand(
                "SELECT strip(to_tsvector('simple', @title) || to_tsvector('simple', @body)) || @facets::tsvector = @written::tsvector", connection);
            command.Parameters.AddWithValue("title", title);
            command.Parameters.AddWithValue("body", body);
            command.Parameters.AddWithValue("facets", "'#p31' '#b0'");
            command.Parameters.AddWithValue("written", PostgresTsVector.Texts(title, body, ["#p31", "#b0"]).Document);
            Assert.True((bool)(await command.ExecuteScalarAsync())!, $"differs for '{title}'");
        }
    }

    [Fact]
    public void Frequencies_list_only_terms_whose_weighted_count_is_not_one()
    {
        var json = PostgresTsVector.Texts("gempa guncang majene", "gempa bumi guncang gempa warga", []).FrequencyJson;

        Assert.Equal("{\"gempa\":4,\"guncang\":3,\"majene\":2}", json);
        Assert.Equal("{}", PostgresTsVector.Texts("", "satu dua tiga", []).FrequencyJson);
    }
}
