// One assumption as a labelled text field. Percentages are shown ×100; the value
// is committed on Enter or when the field loses focus, and only when the
// assumptions sheet's own data validation would accept it (plan/assumption-bounds.ts).
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { withinBound, type AssumptionBound } from '../../plan/assumption-bounds';
import { fieldToNumber, numberToField } from '../format';
import { useLang } from '../i18n-context';

export type FieldKind = 'percent' | 'number' | 'year';

export interface AssumptionFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly kind: FieldKind;
  /** What the sheet's cell accepts, in the sheet's units (rates as fractions); null: any number. */
  readonly bound?: AssumptionBound | null;
  readonly status?: 'saved' | 'pending' | null;
  /** A save is under way: the field is read-only for a moment but keeps the keyboard focus. */
  readonly busy?: boolean;
  onCommit(value: number): void;
}

const toShown = (kind: FieldKind, v: number) => (kind === 'percent' ? v * 100 : v);
const fromShown = (kind: FieldKind, v: number) => (kind === 'percent' ? v / 100 : v);

// Fluent's Input has a minimum width; in a narrow pane (340 px) fields side by side must shrink instead.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  input: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
});

type Problem = 'notANumber' | 'outOfRange' | null;

export function AssumptionField({ id, label, value, kind, bound = null, status, busy, onCommit }: AssumptionFieldProps) {
  const { lang, t } = useLang();
  const [text, setText] = useState(() => numberToField(lang, toShown(kind, value)));
  const [problem, setProblem] = useState<Problem>(null);
  const styles = useStyles();

  // The sheet is the source of truth: a new value from it replaces what the field shows.
  useEffect(() => {
    setText(numberToField(lang, toShown(kind, value)));
    setProblem(null);
  }, [value, kind, lang]);

  const commit = () => {
    if (busy) return;
    const typed = fieldToNumber(text);
    if (typed === null) {
      setProblem('notANumber');
      return;
    }
    const next = fromShown(kind, typed);
    if (!withinBound(bound, next)) {
      setProblem('outOfRange');
      return;
    }
    setProblem(null);
    if (Math.abs(next - value) > 1e-12) onCommit(next);
  };

  const shownBound = (v: number) => numberToField(lang, toShown(kind, v));
  const message = problem === 'notANumber'
    ? t('pane.assumptions.invalid')
    : problem === 'outOfRange' && bound
      ? t(bound.kind === 'whole' ? 'pane.assumptions.outOfRangeWhole' : 'pane.assumptions.outOfRange', { min: shownBound(bound.min), max: shownBound(bound.max) })
      : status === 'saved'
        ? t('pane.assumptions.saved')
        : status === 'pending'
          ? t('pane.assumptions.pending')
          : undefined;

  return (
    <Field
      className={styles.field}
      label={label}
      validationState={problem ? 'error' : status === 'saved' ? 'success' : 'none'}
      validationMessage={message}
    >
      <Input
        id={id}
        className={styles.input}
        data-key={id}
        value={text}
        inputMode="decimal"
        readOnly={busy}
        aria-busy={busy || undefined}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
