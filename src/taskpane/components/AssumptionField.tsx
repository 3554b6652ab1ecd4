// One assumption as a labelled text field. Percentages are shown ×100; the value
// is committed on Enter or when the field loses focus.
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { fieldToNumber, numberToField } from '../format';
import { useLang } from '../i18n-context';

export type FieldKind = 'percent' | 'number' | 'year';

export interface AssumptionFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly kind: FieldKind;
  readonly status?: 'saved' | 'pending' | null;
  readonly disabled?: boolean;
  onCommit(value: number): void;
}

const toShown = (kind: FieldKind, v: number) => (kind === 'percent' ? v * 100 : v);
const fromShown = (kind: FieldKind, v: number) => (kind === 'percent' ? v / 100 : v);

export function AssumptionField({ id, label, value, kind, status, disabled, onCommit }: AssumptionFieldProps) {
  const { lang, t } = useLang();
  const [text, setText] = useState(() => numberToField(lang, toShown(kind, value)));
  const [invalid, setInvalid] = useState(false);

  // The sheet is the source of truth: a new value from it replaces what the field shows.
  useEffect(() => {
    setText(numberToField(lang, toShown(kind, value)));
    setInvalid(false);
  }, [value, kind, lang]);

  const commit = () => {
    const typed = fieldToNumber(text);
    if (typed === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const next = fromShown(kind, typed);
    if (Math.abs(next - value) > 1e-12) onCommit(next);
  };

  const message = invalid
    ? t('pane.assumptions.invalid')
    : status === 'saved'
      ? t('pane.assumptions.saved')
      : status === 'pending'
        ? t('pane.assumptions.pending')
        : undefined;

  return (
    <Field
      label={label}
      validationState={invalid ? 'error' : status === 'saved' ? 'success' : 'none'}
      validationMessage={message}
    >
      <Input
        id={id}
        data-key={id}
        value={text}
        inputMode="decimal"
        disabled={disabled}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
