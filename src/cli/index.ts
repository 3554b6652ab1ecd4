// The command-line tool: `main` for bin/coop-model.js, and what a command file needs.
export { main } from './main';
export type { CliCommand, CommonOptions } from './command';
export type { CliContext, CliIO } from './context';
export { CliError, EXIT } from './errors';
export { commandOutput, JSON_SCHEMA_VERSION, type CommandOutput, type JsonEnvelope } from './json-output';
export { writeOutputFile } from './write-output-file';
