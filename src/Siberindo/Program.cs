using Siberindo.Cli;

// One executable for every role. Each feature registers its own commands and Cli/SiberindoCommands.cs composes them:
// `serve`, `demo`, `admin create`, `user create`, `import outlets|articles`, `feed parse|fetch|discover|opml export|
// opml import`, `report annual`, `partner create|list|account`, `stories export`, `search` (a query) and
// `search reindex`, `anthology build`, `cekfakta import|match`. `siberindo --help` lists them with their options.
return await SiberindoCommands.Create().Parse(args).InvokeAsync();
