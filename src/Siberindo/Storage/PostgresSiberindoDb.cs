using Microsoft.EntityFrameworkCore;

namespace Siberindo.Storage;

public sealed class PostgresSiberindoDb(DbContextOptions<PostgresSiberindoDb> options) : SiberindoDb(options);
