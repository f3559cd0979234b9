using System.CommandLine;
using Siberindo.Accounts;
using Siberindo.Anthology;
using Siberindo.Crawling;
using Siberindo.Demo;
using Siberindo.FactChecks;
using Siberindo.Outlets;
using Siberindo.Partners;
using Siberindo.Reports;
using Siberindo.Stories;
using Siberindo.Search;

namespace Siberindo.Cli;

public static class SiberindoCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Siberindo: the national portal and system of record of an association of Indonesian online media.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(AdminCommands.Create());
        root.Subcommands.Add(ImportCommands.Create());
        root.Subcommands.Add(FeedCommands.Create());
        root.Subcommands.Add(ReportCommands.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(PartnerCommands.Create());
        root.Subcommands.Add(StoryCommands.Create());
        root.Subcommands.Add(SearchCommands.Create());
        root.Subcommands.Add(AnthologyCommands.Create());
        root.Subcommands.Add(FactCheckCommands.Create());
        return root;
    }
}
