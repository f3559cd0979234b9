namespace Siberindo.Boards;

public static class BoardsExtensions
{
    public static IServiceCollection AddBoards(this IServiceCollection services) => services.AddScoped<BoardService>();
}
