// The language is needed before commander parses (help texts are translated),
// so `--lang` is looked for in the raw arguments first.
import { DEFAULT_LANG, isLang, type Lang } from '../i18n';

export interface LangChoice {
  readonly lang: Lang;
  /** The value given to `--lang` when it is not a known language. */
  readonly invalid: string | null;
}

/** The language asked for by the last `--lang x` or `--lang=x` in `args` (before any `--`), French when none. */
export function langFromArgs(args: readonly string[]): LangChoice {
  let value: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < args.length) value = args[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  if (value === null) return { lang: DEFAULT_LANG, invalid: null };
  const wanted = value.trim().toLowerCase();
  return isLang(wanted) ? { lang: wanted, invalid: null } : { lang: DEFAULT_LANG, invalid: value };
}
