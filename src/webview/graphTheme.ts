import type cytoscape from 'cytoscape';
import { parseCssColor, toRgb } from '../core/cssColor';
import type { HighlightStyle } from '../core/mentions';

interface TypeLook {
  /** The editor highlight of this type (translucent), so nodes match the highlighted article. */
  readonly fill: string;
  /** A chart colour VS Code defines in every theme, high contrast included, for the outline. */
  readonly outline: string;
  /** Shapes differ too, so the types stay apart without colour. */
  readonly shape: cytoscape.Css.NodeShape;
  readonly fallback: string;
}

const LOOKS: Record<HighlightStyle, TypeLook> = {
  person: { fill: '--vscode-newsLens-personHighlight', outline: '--vscode-charts-blue', shape: 'ellipse', fallback: '#3794ff' },
  country: { fill: '--vscode-newsLens-countryHighlight', outline: '--vscode-charts-green', shape: 'round-rectangle', fallback: '#388a34' },
  organization: { fill: '--vscode-newsLens-organizationHighlight', outline: '--vscode-charts-purple', shape: 'hexagon', fallback: '#652d90' },
  'armed-group': { fill: '--vscode-newsLens-armedGroupHighlight', outline: '--vscode-charts-red', shape: 'diamond', fallback: '#e51400' },
  place: { fill: '--vscode-newsLens-placeHighlight', outline: '--vscode-charts-orange', shape: 'triangle', fallback: '#d18616' },
  other: { fill: '--vscode-newsLens-otherHighlight', outline: '--vscode-charts-foreground', shape: 'octagon', fallback: '#808080' },
};

/** Graphs with more nodes than this draw less while panning and hide small labels. */
export const BIG_GRAPH = 150;

/** With more edges than this, edge labels appear only around the hovered or selected actor. */
export const EDGE_LABEL_LIMIT = 60;

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** A theme colour as cytoscape reads it (`rgb()` plus an opacity), with a fallback for unset ones. */
function themeColor(name: string, fallback: string): { color: string; opacity: number } {
  const parsed = parseCssColor(cssVariable(name)) ?? parseCssColor(fallback) ?? { r: 128, g: 128, b: 128, a: 1 };
  return { color: toRgb(parsed), opacity: parsed.a };
}

function isHighContrast(): boolean {
  return document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
}

/** The cytoscape stylesheet for the current VS Code theme (webviews get its colours as `--vscode-*` variables). */
export function graphStylesheet(nodeCount: number, edgeCount: number): cytoscape.StylesheetJson {
  const big = nodeCount > BIG_GRAPH;
  const edgeLabels = edgeCount <= EDGE_LABEL_LIMIT ? 'edge' : 'edge.labelled, edge.pinned';
  const highContrast = isHighContrast();
  const foreground = themeColor('--vscode-editor-foreground', '#808080').color;
  const background = themeColor('--vscode-editor-background', '#ffffff').color;
  const muted = themeColor('--vscode-descriptionForeground', '#808080').color;
  const lines = themeColor(highContrast ? '--vscode-contrastBorder' : '--vscode-charts-lines', '#808080');
  const focusBorder = themeColor('--vscode-focusBorder', '#0078d4').color;
  const font = cssVariable('--vscode-font-family') || 'sans-serif';

  const perType = Object.entries(LOOKS).map(([style, look]) => {
    const fill = themeColor(look.fill, look.fallback);
    return {
      selector: `node.${style}`,
      style: {
        shape: look.shape,
        'background-color': fill.color,
        'background-opacity': fill.opacity,
        'border-color': themeColor(look.outline, look.fallback).color,
      },
    };
  });

  return [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        width: 22,
        height: 22,
        'border-width': highContrast ? 3 : 2,
        color: foreground,
        'font-family': font,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': background,
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
        'min-zoomed-font-size': big ? 8 : 0,
      },
    },
    ...perType,
    { selector: 'node.focus', style: { width: 32, height: 32, 'border-width': highContrast ? 5 : 4, 'font-weight': 'bold', 'font-size': 12 } },
    { selector: 'node:selected', style: { 'overlay-color': focusBorder, 'overlay-opacity': 0.25, 'overlay-padding': 4 } },
    {
      selector: 'edge',
      style: {
        width: highContrast ? 2 : 1.2,
        'line-color': lines.color,
        'line-opacity': big ? 0.6 : 0.9,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': lines.color,
        'arrow-scale': 0.9,
        color: muted,
        'font-family': font,
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': background,
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': big ? 9 : 6,
      },
    },
    { selector: edgeLabels, style: { label: 'data(label)' } },
    { selector: 'edge.mutual', style: { 'target-arrow-shape': 'none' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: 'edge:selected', style: { 'line-color': focusBorder, 'target-arrow-color': focusBorder, width: 2.5 } },
  ];
}
