// Runs the CLI in-process, capturing what it writes, for fast tests.
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'coop-model', ...args], {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    env,
  });
  return { code, stdout, stderr };
}

/** A line of a Node stack trace, which no output of the CLI may hold. */
export const STACK_LINE = /^\s+at .+[(:]\d+/m;
