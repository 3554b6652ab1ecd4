// The pane's state and actions, shared by the three panels. Every read goes
// through the WorkbookHost, so the same code drives Excel and the preview.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RawWorkbook, ValidationResult } from '../data/types';
import { validateWorkbook } from '../data';
import type { TableName } from '../domain/codes';
import { translator, type Lang } from '../i18n';
import type { CellScalar, WorkbookPlan } from '../plan/types';
import type { CellLocation, InputValues, InsertKind, WorkbookHost } from './host/workbook-host';
import { errorText } from './model/error-text';
import type { Headline } from './model/headline';
import type { Overrides } from './model/overrides';
import { runGeneration, type GenerationStep } from './model/run-generation';

export const PRODUCT_VERSION = '0.1.0';

export interface GenerationState {
  readonly step: GenerationStep | null;
  /** Share of the write step done (Excel writes in several round trips). */
  readonly writeFraction: number;
  readonly running: boolean;
  readonly headline: Headline | null;
  readonly plan: WorkbookPlan | null;
  /** True when the last attempt stopped on data errors. */
  readonly invalid: boolean;
}

export interface PaneState {
  readonly raw: RawWorkbook | null;
  readonly validation: ValidationResult | null;
  readonly inputs: InputValues;
  readonly pending: Overrides;
  readonly generation: GenerationState;
  readonly busy: boolean;
  /** The last failure, in the pane's language. */
  readonly error: string | null;
  refreshData(): Promise<void>;
  refreshInputs(): Promise<void>;
  insertTables(kind: InsertKind): Promise<readonly TableName[]>;
  setAssumption(key: string, value: number): Promise<'saved' | 'pending'>;
  generate(): Promise<void>;
  /** Shows a cell (an issue's "go to cell"); a failure is shown like any other. */
  goToCell(location: CellLocation): Promise<void>;
  /** Activates a generated sheet (the results' links). */
  showSheet(name: string): Promise<void>;
}

export function usePaneState(host: WorkbookHost, lang: Lang): PaneState {
  const [raw, setRaw] = useState<RawWorkbook | null>(null);
  const [validation, setValidation] = useState<ValidationResult | null>(null);
  const [inputs, setInputs] = useState<InputValues>({});
  const [pending, setPending] = useState<Overrides>({});
  const [generation, setGeneration] = useState<GenerationState>({ step: null, writeFraction: 0, running: false, headline: null, plan: null, invalid: false });
  const [busy, setBusy] = useState(false);
  // Kept as thrown, translated when shown: switching the language translates it too.
  const [error, setError] = useState<unknown>(null);
  const langRef = useRef(lang);
  langRef.current = lang;

  /** Runs an action with the busy flag up and its failure shown, never thrown to React. */
  const guarded = useCallback(async <T,>(action: () => Promise<T>, fallback: T): Promise<T> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(e ?? new Error('unknown'));
      return fallback;
    } finally {
      setBusy(false);
    }
  }, []);

  const refreshData = useCallback(async () => {
    try {
      const tables = await host.readTables();
      setRaw(tables);
      setValidation(Object.keys(tables).length > 0 ? validateWorkbook(tables) : null);
    } catch (e) {
      setError(e ?? new Error('unknown'));
    }
  }, [host]);

  const refreshInputs = useCallback(async () => {
    try {
      setInputs(await host.readInputValues());
    } catch (e) {
      setError(e ?? new Error('unknown'));
    }
  }, [host]);

  useEffect(() => {
    void refreshData();
    void refreshInputs();
    // A change made in the workbook (a cell of the assumptions sheet, a table) shows in the pane.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void refreshData();
        void refreshInputs();
      }, 150);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [host, refreshData, refreshInputs]);

  const insertTables = useCallback(
    (kind: InsertKind) =>
      guarded(async () => {
        const added = await host.insertTables(kind, langRef.current);
        await refreshData();
        return added;
      }, [] as readonly TableName[]),
    [guarded, host, refreshData],
  );

  const setAssumption = useCallback(
    async (key: string, value: number): Promise<'saved' | 'pending'> => {
      const saved = await guarded(() => host.writeInputValue(key, value as CellScalar), false);
      if (saved) {
        await refreshInputs();
        return 'saved';
      }
      setPending((p) => ({ ...p, [key]: value }));
      return 'pending';
    },
    [guarded, host, refreshInputs],
  );

  const generate = useCallback(async () => {
    setGeneration((g) => ({ ...g, running: true, step: null, writeFraction: 0, invalid: false }));
    const outcome = await guarded(
      () =>
        runGeneration(host, {
          lang: langRef.current,
          generatedAt: new Date(),
          productVersion: PRODUCT_VERSION,
          pending,
          onStep: (step) => setGeneration((g) => ({ ...g, step })),
          onWriteProgress: (done, total) => setGeneration((g) => ({ ...g, writeFraction: total > 0 ? done / total : 0 })),
        }),
      null,
    );
    if (outcome && outcome.ok) {
      // The values kept in the pane are in the sheet now: the sheet is the source of truth again.
      setPending({});
      setGeneration({ step: 'done', writeFraction: 1, running: false, headline: outcome.headline, plan: outcome.plan, invalid: false });
    } else {
      setGeneration((g) => ({ ...g, running: false, step: null, invalid: Boolean(outcome && !outcome.ok) }));
      if (outcome && !outcome.ok) setValidation({ ok: false, issues: outcome.issues });
    }
    await refreshInputs();
  }, [guarded, host, pending, refreshInputs]);

  /** Runs a navigation action with its failure shown (no busy flag: nothing is written). */
  const reported = useCallback(async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (e) {
      setError(e ?? new Error('unknown'));
    }
  }, []);
  const goToCell = useCallback((l: CellLocation) => reported(() => host.goToCell(l)), [host, reported]);
  const showSheet = useCallback((name: string) => reported(() => host.showSheet(name)), [host, reported]);

  const errorMessage = useMemo(() => (error === null ? null : errorText(error, translator(lang))), [error, lang]);

  return useMemo(
    () => ({
      raw, validation, inputs, pending, generation, busy, error: errorMessage,
      refreshData, refreshInputs, insertTables, setAssumption, generate, goToCell, showSheet,
    }),
    [raw, validation, inputs, pending, generation, busy, errorMessage, refreshData, refreshInputs, insertTables, setAssumption, generate, goToCell, showSheet],
  );
}
