using Siberindo.Cli;

// One executable for every role: `siberindo serve`, `demo` and the administration commands. Each feature registers its
// own commands; `siberindo --help` lists them all (Cli/SiberindoCommands.cs composes them).
return await SiberindoCommands.Create().Parse(args).InvokeAsync();
