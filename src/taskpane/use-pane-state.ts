// The pane's state and actions, shared by the three panels. Every read goes
// through the WorkbookHost, so the same code drives Excel and the preview.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CooperationData, RawWorkbook, ValidationResult } from '../data/types';
import { validateWorkbook } from '../data';
import type { TableName } from '../domain/codes';
import { translator, type Lang } from '../i18n';
import type { CellScalar, WorkbookPlan } from '../plan/types';
import type { CellLocation, InputValues, InsertKind, WorkbookHost } from './host/workbook-host';
import type { ScenarioDefinition } from '../engine/scenarios/types';
import { errorText } from './model/error-text';
import type { Headline } from './model/headline';
import type { Overrides } from './model/overrides';
import { runGeneration, type GenerationStep } from './model/run-generation';
import { applyScenarioEdits, codesAfter, nextScenarioCode, type ScenarioEdit } from './model/scenario-edits';
import { loadScenarios, type LoadedScenarios } from './model/scenario-source';

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

/** The scenarios as the pane shows them: the workbook's, with the pane's edits replayed on top. */
export interface ScenarioPaneState {
  readonly data: CooperationData;
  readonly list: readonly ScenarioDefinition[];
  /** The default scenarios for the data: what a new scenario is made from. */
  readonly templates: readonly ScenarioDefinition[];
  /** True when the workbook's Scénarios sheet was read. */
  readonly fromSheet: boolean;
  /** Edits waiting for the next generation. */
  readonly edits: readonly ScenarioEdit[];
}

export interface PaneState {
  readonly raw: RawWorkbook | null;
  readonly validation: ValidationResult | null;
  readonly inputs: InputValues;
  readonly pending: Overrides;
  /** Null until the partner data is valid (a scenario is resolved against it). */
  readonly scenarios: ScenarioPaneState | null;
  readonly generation: GenerationState;
  readonly busy: boolean;
  /** The last failure, in the pane's language. */
  readonly error: string | null;
  refreshData(): Promise<void>;
  refreshInputs(): Promise<void>;
  insertTables(kind: InsertKind): Promise<readonly TableName[]>;
  setAssumption(key: string, value: number): Promise<'saved' | 'pending'>;
  /** Adds a scenario made from a default one (by code); returns the new scenario's code, null without data. */
  addScenario(template: string): string | null;
  /** Adds a copy of scenario `code`; returns the copy's code. */
  copyScenario(code: string): string | null;
  /** Removes scenario `code` unless it is the last one. */
  removeScenario(code: string): void;
  /** Changes one lever of a scenario (name, form, a number, a function's, a partner's or a site's flag). */
  editScenario(edit: Exclude<ScenarioEdit, { kind: 'add' | 'copy' | 'remove' }>): void;
  /** Forgets the pane's scenario edits: the list is the workbook's again. */
  discardScenarioEdits(): void;
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
  const [scenarioBase, setScenarioBase] = useState<(LoadedScenarios & { readonly data: CooperationData }) | null>(null);
  const [scenarioEdits, setScenarioEdits] = useState<readonly ScenarioEdit[]>([]);
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
      const checked = Object.keys(tables).length > 0 ? validateWorkbook(tables) : null;
      setValidation(checked);
      // The scenarios are resolved against valid data only; a change in the sheet shows here.
      if (checked?.ok) {
        const loaded = await loadScenarios(host, checked.value);
        setScenarioBase({ ...loaded, data: checked.value });
      } else {
        setScenarioBase(null);
      }
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

  const scenarios = useMemo((): ScenarioPaneState | null => {
    if (!scenarioBase) return null;
    const { data, templates, fromSheet } = scenarioBase;
    return { data, templates, fromSheet, edits: scenarioEdits, list: applyScenarioEdits(scenarioBase.scenarios, scenarioEdits, { data, templates }) };
  }, [scenarioBase, scenarioEdits]);
  // The latest base and list, for the actions that name a new scenario synchronously.
  const scenarioBaseRef = useRef(scenarioBase);
  scenarioBaseRef.current = scenarioBase;
  const scenariosRef = useRef(scenarios);
  scenariosRef.current = scenarios;

  /** The code of the next new scenario: after every code the workbook holds or the pane gave. */
  const newCode = useCallback((): string | null => {
    const now = scenariosRef.current;
    const base = scenarioBaseRef.current;
    if (!now || !base) return null;
    return nextScenarioCode(codesAfter(base.scenarios.map((s) => s.code), now.edits));
  }, []);

  const pushEdit = useCallback((edit: ScenarioEdit) => {
    const now = scenariosRef.current;
    if (!now) return;
    const edits = [...now.edits, edit];
    // Seen by the next action at once, before React renders again.
    scenariosRef.current = { ...now, edits, list: applyScenarioEdits(scenarioBaseRef.current?.scenarios ?? [], edits, now) };
    setScenarioEdits(edits);
  }, []);
  const addScenario = useCallback((template: string) => {
    const code = newCode();
    if (code) pushEdit({ kind: 'add', code, template });
    return code;
  }, [newCode, pushEdit]);
  const copyScenario = useCallback((source: string) => {
    const code = newCode();
    if (code) pushEdit({ kind: 'copy', code, source });
    return code;
  }, [newCode, pushEdit]);
  const removeScenario = useCallback((code: string) => {
    if ((scenariosRef.current?.list.length ?? 0) > 1) pushEdit({ kind: 'remove', code });
  }, [pushEdit]);
  const editScenario = useCallback((edit: Exclude<ScenarioEdit, { kind: 'add' | 'copy' | 'remove' }>) => pushEdit(edit), [pushEdit]);
  const discardScenarioEdits = useCallback(() => {
    if (scenariosRef.current) scenariosRef.current = { ...scenariosRef.current, edits: [], list: scenarioBaseRef.current?.scenarios ?? [] };
    setScenarioEdits([]);
  }, []);

  const generate = useCallback(async () => {
    setGeneration((g) => ({ ...g, running: true, step: null, writeFraction: 0, invalid: false }));
    // Edits made while the model is written stay for the next generation.
    const edits = scenariosRef.current?.edits ?? [];
    const outcome = await guarded(
      () =>
        runGeneration(host, {
          lang: langRef.current,
          generatedAt: new Date(),
          productVersion: PRODUCT_VERSION,
          pending,
          scenarioEdits: edits,
          onStep: (step) => setGeneration((g) => ({ ...g, step })),
          onWriteProgress: (done, total) => setGeneration((g) => ({ ...g, writeFraction: total > 0 ? done / total : 0 })),
        }),
      null,
    );
    if (outcome && outcome.ok) {
      // The values kept in the pane are in the sheet now: the sheet is the source of truth again.
      setPending({});
      // The model holds the pane's scenarios now: they are the workbook's, and the edits are done.
      setScenarioBase((b) => (b ? { ...b, scenarios: outcome.scenarios, fromSheet: true } : b));
      setScenarioEdits((now) => now.slice(edits.length));
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
      raw, validation, inputs, pending, scenarios, generation, busy, error: errorMessage,
      refreshData, refreshInputs, insertTables, setAssumption,
      addScenario, copyScenario, removeScenario, editScenario, discardScenarioEdits,
      generate, goToCell, showSheet,
    }),
    [
      raw, validation, inputs, pending, scenarios, generation, busy, errorMessage, refreshData, refreshInputs, insertTables,
      setAssumption, addScenario, copyScenario, removeScenario, editScenario, discardScenarioEdits, generate, goToCell, showSheet,
    ],
  );
}
