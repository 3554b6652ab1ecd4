// Données: which of the four tables the workbook holds, how to add the missing
// ones, and every validation issue with a "go to cell" action.
import {
  Badge, Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import { TABLE_NAMES } from '../../domain/codes';
import type { Issue } from '../../data/types';
import { formatIssue } from '../../data';
import type { CellLocation } from '../host/workbook-host';
import { useLang } from '../i18n-context';
import { useTextStyles } from '../components/text-styles';
import type { PaneState } from '../use-pane-state';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalM} 0` },
  issue: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  issueHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/** Where "go to cell" leads for an issue: its cell, else the first cell of its row. */
export function issueLocation(issue: Issue): CellLocation | null {
  if (!issue.sheet) return null;
  if (issue.cell) return { sheet: issue.sheet, cell: issue.cell };
  if (issue.row !== null) return { sheet: issue.sheet, cell: `A${issue.row}` };
  return null;
}

export function DataPanel({ state, goToCell }: { state: PaneState; goToCell: (l: CellLocation) => void }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const raw = state.raw ?? {};
  const missing = TABLE_NAMES.filter((name) => !raw[name]);
  const issues = state.validation ? (state.validation.ok ? state.validation.warnings : state.validation.issues) : [];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;

  return (
    <section aria-labelledby="data-heading">
      <Subtitle2 as="h2" id="data-heading" className={text.heading}>{t('pane.data.heading')}</Subtitle2>
      <Body1 as="p" className={text.paragraph}>{t('pane.data.intro')}</Body1>
      <ul className={styles.list} aria-label={t('pane.data.heading')}>
        {TABLE_NAMES.map((name) => {
          const table = raw[name];
          return (
            <li key={name} className={styles.row} data-testid={`table-${name}`}>
              <Badge appearance="filled" color={table ? 'success' : 'warning'} size="small" aria-hidden />
              <Body1>
                {table
                  ? t('pane.data.found', { table: name, sheet: table.sheet, rows: table.rows.length })
                  : t('pane.data.missing', { table: name })}
              </Body1>
            </li>
          );
        })}
      </ul>
      <Caption1 as="p" className={text.paragraph}>{missing.length > 0 ? t('pane.data.missingCount', { count: missing.length }) : t('pane.data.allFound')}</Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={missing.length === 0 || state.busy} onClick={() => void state.insertTables('sample')}>
          {t('pane.data.insertSample')}
        </Button>
        <Button disabled={missing.length === 0 || state.busy} onClick={() => void state.insertTables('template')}>
          {t('pane.data.createTemplates')}
        </Button>
        <Button disabled={state.busy} onClick={() => void state.refreshData()}>{t('pane.data.validate')}</Button>
      </div>

      {state.validation && (
        <section aria-labelledby="issues-heading">
          <Subtitle2 as="h3" id="issues-heading" className={text.heading}>{t('pane.data.issues')}</Subtitle2>
          {issues.length === 0 ? (
            <MessageBar intent="success"><MessageBarBody>{t('pane.data.noIssue')}</MessageBarBody></MessageBar>
          ) : (
            <>
              <Caption1 as="p" className={text.paragraph} role="status">{t('pane.data.errorsWarnings', { errors, warnings })}</Caption1>
              <ul className={styles.list} data-testid="issues">
                {issues.map((issue, i) => {
                  const where = issueLocation(issue);
                  return (
                    <li key={i} className={styles.issue}>
                      <div className={styles.issueHead}>
                        <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'}>
                          {t(`pane.data.severity.${issue.severity}`)}
                        </Badge>
                        {where && (
                          <Button
                            size="small"
                            appearance="subtle"
                            aria-label={t('pane.data.goToCellLabel', { cell: `${where.sheet}!${where.cell}` })}
                            onClick={() => goToCell(where)}
                          >
                            {t('pane.data.goToCell')}
                          </Button>
                        )}
                      </div>
                      <Body1>{formatIssue(issue, lang)}</Body1>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      )}
    </section>
  );
}
