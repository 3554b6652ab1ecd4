// The element sequences of the DrawingML chart schema (ECMA-376 part 1, dml-chart.xsd) for
// the elements our charts use, transcribed from the schema: children must come in this order
// (a name may repeat where the schema allows it), and the listed ones are required.
import type { XmlNode } from './xml-tree';

const CHARTS = ['areaChart', 'area3DChart', 'lineChart', 'line3DChart', 'stockChart', 'radarChart', 'scatterChart', 'pieChart',
  'pie3DChart', 'doughnutChart', 'barChart', 'bar3DChart', 'ofPieChart', 'surfaceChart', 'surface3DChart', 'bubbleChart'];
const AXES = ['valAx', 'catAx', 'dateAx', 'serAx'];

/** Each entry: one position of the sequence (alternatives in one array). */
const SEQUENCES: Record<string, { order: readonly (string | readonly string[])[]; required: readonly string[] }> = {
  'c:chartSpace': { order: ['date1904', 'lang', 'roundedCorners', 'AlternateContent', 'style', 'clrMapOvr', 'pivotSource', 'protection', 'chart', 'spPr', 'txPr', 'externalData', 'printSettings', 'userShapes', 'extLst'], required: ['chart'] },
  'c:chart': { order: ['title', 'autoTitleDeleted', 'pivotFmts', 'view3D', 'floor', 'sideWall', 'backWall', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'], required: ['plotArea'] },
  'c:title': { order: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'], required: [] },
  'c:plotArea': { order: ['layout', CHARTS, AXES, 'dTable', 'spPr', 'extLst'], required: [] },
  'c:barChart': { order: ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'], required: ['barDir', 'axId'] },
  'c:lineChart': { order: ['grouping', 'varyColors', 'ser', 'dLbls', 'dropLines', 'hiLowLines', 'upDownBars', 'marker', 'smooth', 'axId', 'extLst'], required: ['grouping', 'axId'] },
  'c:barChart/c:ser': { order: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'], required: ['idx', 'order'] },
  'c:lineChart/c:ser': { order: ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'smooth', 'extLst'], required: ['idx', 'order'] },
  'c:catAx': { order: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', ['crosses', 'crossesAt'], 'auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst'], required: ['axId', 'scaling', 'axPos', 'crossAx'] },
  'c:valAx': { order: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', ['crosses', 'crossesAt'], 'crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst'], required: ['axId', 'scaling', 'axPos', 'crossAx'] },
  'c:scaling': { order: ['logBase', 'orientation', 'max', 'min', 'extLst'], required: [] },
  'c:legend': { order: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'], required: [] },
  'c:marker': { order: ['symbol', 'size', 'spPr', 'extLst'], required: [] },
  'c:tx': { order: [['strRef', 'rich', 'v']], required: [] },
  'c:strRef': { order: ['f', 'strCache', 'extLst'], required: ['f'] },
  'c:numRef': { order: ['f', 'numCache', 'extLst'], required: ['f'] },
  'c:strCache': { order: ['ptCount', 'pt', 'extLst'], required: [] },
  'c:numCache': { order: ['formatCode', 'ptCount', 'pt', 'extLst'], required: [] },
};

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Violations of the sequences above in `root` and below, as readable lines (empty: conforms). */
export function schemaViolations(root: XmlNode): string[] {
  const out: string[] = [];
  const walk = (node: XmlNode, parent: string | null) => {
    const rule = SEQUENCES[parent && node.name === 'c:ser' ? `${parent}/c:ser` : node.name];
    if (rule) {
      const rank = (name: string) => rule.order.findIndex((p) => (typeof p === 'string' ? p === name : p.includes(name)));
      let last = -1;
      for (const c of node.children) {
        const r = rank(local(c.name));
        if (r < 0) out.push(`${node.name}: unexpected ${c.name}`);
        else if (r < last) out.push(`${node.name}: ${c.name} out of order`);
        else last = r;
      }
      for (const name of rule.required) if (!node.children.some((c) => local(c.name) === name)) out.push(`${node.name}: missing c:${name}`);
      if (node.name === 'c:barChart' || node.name === 'c:lineChart') {
        const axIds = node.children.filter((c) => c.name === 'c:axId').length;
        if (axIds !== 2) out.push(`${node.name}: ${axIds} axId instead of 2`);
      }
    }
    for (const c of node.children) walk(c, node.name);
  };
  walk(root, null);
  return out;
}
