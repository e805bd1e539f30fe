// GraphML export of the whole graph, for Gephi, yEd, Cytoscape desktop and networkx.
import type { ExportWithLinks } from '../align/link-edges.ts';
import { escapeXml } from './xml.ts';

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function toGraphML(graph: ExportWithLinks): string {
  const nodeKeys = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.properties)))].sort();
  const edgeKeys = [...new Set(graph.edges.flatMap((e) => Object.keys(e.properties)))].sort();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    ...nodeKeys.map((k) => `  <key id="n_${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="string"/>`),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...edgeKeys.map((k) => `  <key id="e_${escapeXml(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="string"/>`),
    '  <graph id="policy-graph" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    lines.push(`    <node id="${escapeXml(n.id)}">`, `      <data key="label">${n.label}</data>`, `      <data key="name">${escapeXml(n.name)}</data>`);
    for (const [k, v] of Object.entries(n.properties)) lines.push(`      <data key="n_${escapeXml(k)}">${escapeXml(scalar(v))}</data>`);
    lines.push('    </node>');
  }
  for (const e of graph.edges) {
    lines.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`, `      <data key="type">${e.type}</data>`);
    for (const [k, v] of Object.entries(e.properties)) lines.push(`      <data key="e_${escapeXml(k)}">${escapeXml(scalar(v))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
