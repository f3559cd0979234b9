using System.CommandLine;
using Siberindo.Cli;
using Siberindo.Core.Feeds;

namespace Siberindo.Crawling;

public static class FeedCommands
{
    public static Command Create()
    {
        var feed = new Command("feed", "Feed tools.");
        feed.Subcommands.Add(Parse());
        return feed;
    }

    /// <summary>Parses feed files and prints one JSON object per input on its own line.</summary>
    private static Command Parse()
    {
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Feed files (RSS, Atom, ...)." };
        var command = new Command("parse", "Parse feed files and print one JSON line each. Exit 0 when at least one parsed, 2 when none did.") { files };
        command.SetAction(parse =>
        {
            var anyParsed = false;
            foreach (var file in parse.GetValue(files)!)
            {
                FeedParseResult result;
                try
                {
                    result = FeedParser.Parse(File.ReadAllBytes(file.FullName), new FeedParseOptions());
                }
                catch (IOException e)
                {
                    result = new FeedParseResult(null, $"cannot read {file.FullName}: {e.Message}");
                }
                if (result.Success) anyParsed = true;
                else Console.Error.WriteLine($"{file.Name}: {result.Error}");
                Console.WriteLine(FeedJson.Write(file.Name, result));
            }
            return anyParsed ? 0 : 2;
        });
        return command;
    }
}
