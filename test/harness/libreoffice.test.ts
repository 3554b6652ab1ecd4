import { findSoffice, LibreOfficeError, describeWithLibreOffice } from './libreoffice';

describe('findSoffice', () => {
  it('returns null when soffice is nowhere', () => {
    expect(findSoffice({ PATH: '' }, [])).toBeNull();
  });

  it('prefers $SOFFICE when it is an executable', () => {
    expect(findSoffice({ SOFFICE: '/bin/sh', PATH: '' }, [])).toBe('/bin/sh');
  });
});

describeWithLibreOffice('LibreOffice session', (session) => {
  it('gives up on a conversion that outlives its time-out', async () => {
    await expect(session().recalculate(Buffer.from('not a workbook'), { timeoutMs: 1 })).rejects.toThrow(LibreOfficeError);
  });
});
