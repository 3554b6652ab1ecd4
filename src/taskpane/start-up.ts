// What the task pane's entry starts, and when: the open Excel workbook or the
// in-browser preview. Pure, so that every case is tested without Office or a DOM.
//
// Office opens the add-in's page with its host parameter (`_host_Info=Excel$Win32$…`);
// a page that has it is inside Office and must never settle for the preview, however
// long Office.onReady takes (a slow Excel on the web, a cold start). Without it, the
// preview starts after a time-out, and still gives way to Excel if Office turns up later.

export type Started = 'nothing' | 'preview' | 'office';

export type StartEvent =
  /** The page has just loaded; `officeJs` says whether the Office.js script loaded. */
  | { readonly kind: 'load'; readonly officeJs: boolean }
  /** The wait for Office.onReady ran out. */
  | { readonly kind: 'timeout' }
  /** Office.onReady answered; `excel` when the host is Excel. */
  | { readonly kind: 'ready'; readonly excel: boolean };

/** True when the page address carries Office's host parameter (query string or hash). */
export function hasOfficeHostParameter(search: string, hash = ''): boolean {
  const has = (part: string) => new URLSearchParams(part.replace(/^[?#]/, '')).has('_host_Info');
  return has(search) || has(hash);
}

/**
 * What to start on `event`, given what runs (`started`) and whether the page is inside
 * Office (`inOffice`, from the host parameter); null: nothing to do (keep waiting or keep going).
 * @example startUpStep('preview', false, { kind: 'ready', excel: true }) // 'office'
 */
export function startUpStep(started: Started, inOffice: boolean, event: StartEvent): 'office' | 'preview' | null {
  switch (event.kind) {
    case 'load':
      // Without Office.js there is nothing to wait for; inside Office, the loading text stays
      // rather than a preview that would look like the user's workbook but is not.
      if (!event.officeJs && !inOffice && started === 'nothing') return 'preview';
      return null;
    case 'timeout':
      return started === 'nothing' && !inOffice ? 'preview' : null;
    case 'ready':
      if (event.excel) return started === 'office' ? null : 'office';
      return started === 'nothing' ? 'preview' : null;
  }
}
