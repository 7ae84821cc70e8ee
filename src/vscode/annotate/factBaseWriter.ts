import * as vscode from 'vscode';
import { chooseEditTarget, editRefusal } from '../../core/annotationPlan';
import { overrideActor } from '../../core/edits/override';
import { newFactBaseTemplate } from '../../core/edits/template';
import type { EditResult } from '../../core/edits/yamlSplice';
import { minimalEdit } from '../../core/minimalEdit';
import type { Actor } from '../../core/types';
import type { FactBaseStore } from '../factBaseStore';
import { exists } from '../factBaseReader';
import { folderForNewFile } from '../workspaceFolders';

/** One edit of the workspace fact base: a core edit of a file's text, about an actor or not. */
export interface WriteRequest {
  /** The actor the edit is about: it goes to the file defining it (copied from the default first). */
  readonly actorId?: string;
  /** Create `.newslens/facts.yaml` without asking when the workspace has no fact base. */
  readonly create?: boolean;
  /** The file to edit, when the caller knows it (e.g. the file a note is in). */
  readonly file?: vscode.Uri;
  readonly edit: (text: string) => EditResult;
}

/** What a write did: the file and, for added entries, the new id. */
export interface WriteResult {
  readonly uri: vscode.Uri;
  readonly changed: boolean;
  readonly id?: string;
}

const NEW_FILE = ['.newslens', 'facts.yaml'];

/**
 * Applies fact base edits as undoable WorkspaceEdits on the open buffer (unsaved text included),
 * saving only files that had no unsaved changes, then reloads the store. Refuses, writing nothing,
 * when the target has YAML errors.
 */
export class FactBaseWriter {
  constructor(private readonly store: FactBaseStore) {}

  /**
   * Makes the workspace fact base the one loaded, when the user chose the shipped default alone:
   * annotations are written to the workspace fact base, and written where nothing reads them they
   * would be lost from view. Call before looking up actors, so names and ids are checked against
   * what the edit will join.
   */
  async useWorkspaceFactBase(): Promise<void> {
    if (this.store.choice.kind !== 'default') return;
    await this.store.choose({ kind: 'workspace' });
    const active = await this.store.ready();
    if (active.entries.length > 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Lens switched to the workspace fact base, where annotations are written.'));
    }
  }

  /** Runs the edit on the right file; undefined when refused or cancelled (the user was told why). */
  async write(request: WriteRequest): Promise<WriteResult | undefined> {
    const active = await this.store.ready();
    if (request.file) return this.edit(request.file, request.edit);
    const files = active.source === 'workspace' ? active.files : [];
    const documents = await Promise.all(files.map((uri) => vscode.workspace.openTextDocument(uri)));
    const known = request.actorId !== undefined && active.actorsById.has(request.actorId);
    const target = chooseEditTarget(documents.map((d) => ({ path: d.uri.toString(), text: d.getText() })), request.actorId, known);
    const uri = target.file === undefined ? await this.createFile(request.create === true) : documents.find((d) => d.uri.toString() === target.file)?.uri;
    if (!uri) return undefined;
    const actor = target.override && request.actorId !== undefined ? active.actorsById.get(request.actorId) : undefined;
    return this.edit(uri, request.edit, actor);
  }

  private async edit(uri: vscode.Uri, edit: WriteRequest['edit'], copyFirst?: Actor): Promise<WriteResult | undefined> {
    const document = await vscode.workspace.openTextDocument(uri);
    const before = document.getText();
    const refusal = editRefusal(before);
    if (refusal !== undefined) {
      this.refuse(uri, refusal);
      return undefined;
    }
    let text = before;
    if (copyFirst) {
      const copied = overrideActor(text, copyFirst);
      if (!copied.ok) return this.fail(copied.problem);
      text = copied.text;
    }
    const result = edit(text);
    if (!result.ok) return this.fail(result.problem);
    const changed = result.text !== before;
    if (changed) await this.apply(document, result.text);
    return { uri, changed, ...(result.id !== undefined && { id: result.id }) };
  }

  private async apply(document: vscode.TextDocument, after: string): Promise<void> {
    const wasDirty = document.isDirty;
    const r = minimalEdit(document.getText(), after);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)), r.text);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('VS Code did not apply the edit to {0}.', vscode.workspace.asRelativePath(document.uri)));
    if (!wasDirty) await document.save();
    await this.store.reload(`annotation written to ${vscode.workspace.asRelativePath(document.uri)}`);
  }

  private async createFile(confirmed: boolean): Promise<vscode.Uri | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: annotations are written to a fact base inside it.'));
      return undefined;
    }
    const folder = await folderForNewFile(vscode.l10n.t('The workspace folder whose fact base receives your annotations'));
    if (!folder) return undefined;
    const uri = vscode.Uri.joinPath(folder.uri, ...NEW_FILE);
    if (await exists(uri)) return uri;
    if (!confirmed) {
      const create = vscode.l10n.t('Create');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('This workspace has no fact base yet. Create {0} for your annotations?', NEW_FILE.join('/')),
        { modal: true, detail: vscode.l10n.t('It extends the shipped fact base; your actors, facts, relations and notes are added to it.') },
        create,
      );
      if (choice !== create) return undefined;
    }
    const stale = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (stale) {
      // A document of a deleted file stays open; writing the disk behind its back would leave it stale and fail its save.
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(new vscode.Position(0, 0), stale.positionAt(stale.getText().length)), newFactBaseTemplate());
      if (!(await vscode.workspace.applyEdit(edit)) || !(await stale.save())) return this.fail(vscode.l10n.t('News Lens could not create {0}.', NEW_FILE.join('/')));
      return uri;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(newFactBaseTemplate()));
    return uri;
  }

  private refuse(uri: vscode.Uri, why: string): void {
    const open = vscode.l10n.t('Open File');
    const problems = vscode.l10n.t('Show Problems');
    void vscode.window.showErrorMessage(vscode.l10n.t('News Lens cannot edit {0}: {1}', vscode.workspace.asRelativePath(uri), why), open, problems).then((choice) => {
      if (choice === open) return vscode.window.showTextDocument(uri);
      if (choice === problems) return vscode.commands.executeCommand('workbench.actions.view.problems');
      return undefined;
    });
  }

  private fail(problem: string): undefined {
    void vscode.window.showErrorMessage(problem);
    return undefined;
  }
}
