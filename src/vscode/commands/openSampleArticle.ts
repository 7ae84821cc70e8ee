import * as vscode from 'vscode';
import { readText } from '../factBaseReader';
import { Commands } from '../ids';

/** Opens the article shipped with the extension as an untitled `news` document, for the walkthrough. */
export function registerOpenSampleArticle(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openSampleArticle, async () => {
    const content = (await readText(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'sample-article.news'))) ?? '';
    const document = await vscode.workspace.openTextDocument({ language: 'news', content });
    return vscode.window.showTextDocument(document);
  });
}
