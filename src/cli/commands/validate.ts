// `coop-model validate file.xlsx`: every issue on its own line, then a summary.
import { readTables } from '../../adapters/exceljs';
import { formatIssue, validateWorkbook } from '../../data';
import { EXIT } from '../errors';
import type { CliCommand } from '../command';
import { commandOutput } from '../json-output';

export const validateCommand: CliCommand = {
  name: 'validate',
  configure(cmd, ctx) {
    cmd.description(ctx.t('cli.validate.description'))
      .argument('<file>', ctx.t('cli.validate.file'));
  },
  async run(ctx, args, options) {
    const file = args[0];
    const out = commandOutput(ctx, options);
    const result = validateWorkbook(await readTables(file));
    const issues = result.ok ? result.warnings : result.issues;
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    for (const issue of issues) out.line(formatIssue(issue, ctx.lang));
    out.line(ctx.t('cli.validate.summary', { errors, warnings }));
    out.line(ctx.t(errors === 0 ? 'cli.validate.ok' : 'cli.validate.failed'));
    await out.json('validate', errors === 0, {
      file,
      counts: { errors, warnings },
      issues: issues.map((issue) => ({ ...issue, message: formatIssue(issue, ctx.lang) })),
    });
    return errors === 0 ? EXIT.ok : EXIT.dataErrors;
  },
};
