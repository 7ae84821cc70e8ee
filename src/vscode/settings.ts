import * as vscode from 'vscode';
import { Settings as Keys } from './ids';

/** The extension's settings, read once per call with their defaults applied. */
export interface Settings {
  readonly factBaseFiles: readonly string[];
  readonly highlightEnabled: boolean;
  readonly highlightLanguages: readonly string[];
  readonly highlightMaxFileSize: number;
  readonly articleFiles: string;
  readonly focusActors: readonly string[];
  readonly unknownNamesHints: UnknownNameHints;
}

/** How names the fact base does not know are shown in articles. */
export type UnknownNameHints = 'off' | 'hint' | 'information';

/** Reads the current settings (the defaults live in package.json). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(Keys.section, scope);
  return {
    factBaseFiles: c.get<string[]>(Keys.factBaseFiles, ['**/*.facts.yaml', '.newslens/**/*.yaml']),
    highlightEnabled: c.get<boolean>(Keys.highlightEnabled, true),
    highlightLanguages: c.get<string[]>(Keys.highlightLanguages, ['news', 'plaintext', 'markdown']),
    highlightMaxFileSize: c.get<number>(Keys.highlightMaxFileSize, 5_000_000),
    articleFiles: c.get<string>(Keys.articleFiles, '**/*.{news,txt,md}'),
    focusActors: c.get<string[]>(Keys.focusActors, ['niger', 'mali', 'russia', 'ecowas']),
    unknownNamesHints: c.get<UnknownNameHints>(Keys.unknownNamesHints, 'hint'),
  };
}

/** True when a configuration change touches one of the given setting keys. */
export function affects(e: vscode.ConfigurationChangeEvent, ...keys: string[]): boolean {
  return keys.some((k) => e.affectsConfiguration(`${Keys.section}.${k}`));
}
