// One file per area, each holding French and English side by side, so that one
// owner adds both at once. Keys are dotted: `<area>.<thing>`.
import type { AreaCatalogue } from './area';
import { domain } from './domain';
import { issues } from './issues';
import { cli } from './cli';
import { template } from './template';
import { sheets } from './sheets';
import { taskpane } from './taskpane';
import { scenarioInputs } from './scenario-inputs';
import { scenarioSheets } from './scenario-sheets';
import { scoring } from './scoring';
import { scenarioComparison } from './scenario-comparison';
import { risks } from './risks';
import { swot } from './swot';
import { sensitivity } from './sensitivity';
import { charts } from './charts';

const areas: readonly AreaCatalogue[] = [domain, issues, cli, template, sheets, taskpane, scenarioInputs, scenarioSheets, scoring, scenarioComparison, risks, swot, sensitivity, charts];

function merge(lang: 'fr' | 'en'): Readonly<Record<string, string>> {
  const all: Record<string, string> = {};
  for (const area of areas) Object.assign(all, area[lang]);
  return all;
}

export const catalogues = { fr: merge('fr'), en: merge('en') } as const;
