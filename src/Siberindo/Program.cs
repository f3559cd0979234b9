using Siberindo.Cli;

// `siberindo serve | demo | admin create | import outlets | import articles | feed parse`: see Cli/SiberindoCommands.cs.
return await SiberindoCommands.Create().Parse(args).InvokeAsync();
