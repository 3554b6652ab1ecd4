import { hasOfficeHostParameter, startUpStep, type StartEvent, type Started } from '../../src/taskpane/start-up';

/** Replays events from a fresh page and returns what ran after each one. */
function replay(inOffice: boolean, events: readonly StartEvent[]): Started[] {
  let started: Started = 'nothing';
  return events.map((event) => {
    started = startUpStep(started, inOffice, event) ?? started;
    return started;
  });
}

describe('task pane start-up', () => {
  // The address Excel on Windows opens: Office appends its host parameter to the add-in's URL.
  const excelUrl = '?_host_Info=Excel$Win32$16.01$fr-FR$$$$0';

  it('recognises the host parameter Office appends, in the query string or the hash', () => {
    expect(hasOfficeHostParameter(excelUrl)).toBe(true);
    expect(hasOfficeHostParameter('?lang=en', '#_host_Info=Excel$Web$16.01$en-US')).toBe(true);
    expect(hasOfficeHostParameter('?workbook=empty')).toBe(false);
    expect(hasOfficeHostParameter('')).toBe(false);
  });

  it('inside Office, keeps waiting past the time-out and starts Excel when Office is ready', () => {
    expect(replay(true, [{ kind: 'load', officeJs: true }, { kind: 'timeout' }, { kind: 'ready', excel: true }]))
      .toEqual(['nothing', 'nothing', 'office']);
  });

  it('inside Office, never starts the preview, even when Office.js failed to load', () => {
    expect(replay(true, [{ kind: 'load', officeJs: false }, { kind: 'timeout' }])).toEqual(['nothing', 'nothing']);
  });

  it('in a plain browser, starts the preview on the time-out, then gives way to Excel if Office turns up', () => {
    expect(replay(false, [{ kind: 'load', officeJs: true }, { kind: 'timeout' }, { kind: 'ready', excel: true }]))
      .toEqual(['nothing', 'preview', 'office']);
  });

  it('starts the preview at once when Office.js could not load, or when the host is not Excel', () => {
    expect(replay(false, [{ kind: 'load', officeJs: false }])).toEqual(['preview']);
    expect(replay(false, [{ kind: 'load', officeJs: true }, { kind: 'ready', excel: false }, { kind: 'timeout' }]))
      .toEqual(['nothing', 'preview', 'preview']);
  });

  it('starts Excel once: a late time-out or a second ready changes nothing', () => {
    expect(startUpStep('office', false, { kind: 'timeout' })).toBeNull();
    expect(startUpStep('office', true, { kind: 'ready', excel: true })).toBeNull();
    expect(startUpStep('preview', false, { kind: 'timeout' })).toBeNull();
  });
});
