import { xmlEscape, xmlUnescape } from '../../src/adapters/exceljs/charts/xml-text';

describe('chart XML text', () => {
  it('escapes the five specials and round-trips through xmlUnescape', () => {
    const text = `Tilleuls & "Passerelle" <d'Ouest>`;
    expect(xmlEscape(text)).toBe('Tilleuls &amp; &quot;Passerelle&quot; &lt;d&apos;Ouest&gt;');
    expect(xmlUnescape(xmlEscape(text))).toBe(text);
  });

  it('drops the controls XML 1.0 forbids, keeping tab and line ends, as the sheets’ cells do', () => {
    expect(xmlEscape('A\u0001B\u001fC\u007fD\tE\nF\rG')).toBe('ABCD\tE\nF\rG');
  });
});
