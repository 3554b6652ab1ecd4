// Every command of the CLI, one file each, in the order `--help` lists them.
import type { CliCommand } from '../command';
import { templateCommand } from './template';
import { sampleCommand } from './sample';
import { validateCommand } from './validate';
import { buildCommand } from './build';
import { demoCommand } from './demo';
import { simulateCommand } from './simulate';

export const COMMANDS: readonly CliCommand[] = [
  templateCommand,
  sampleCommand,
  validateCommand,
  buildCommand,
  demoCommand,
  simulateCommand,
];
