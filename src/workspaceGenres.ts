import * as vscode from 'vscode';
import { BUILTIN_GENRES, Genre, GENRES_FOLDER, mergeGenres, readGenreFiles } from './core';
import { uiLocale } from './settings';

export { GENRES_FOLDER };

export interface GenreFileProblem {
  uri: vscode.Uri;
  /** What is wrong, naming the file and the field, in the UI language. */
  message: string;
}

/**
 * The genres of each workspace folder: the built-in ones, plus or replaced by the folder's genre files.
 * Files are read as data only (nothing is executed), so this works in untrusted workspaces too. A file
 * that cannot be used is reported in a message and left out; the other genres keep working.
 */
export class WorkspaceGenres implements vscode.Disposable {
  private extra = new Map<string, Genre[]>();
  private readonly merged = new Map<string, readonly Genre[]>();
  private fileProblems: GenreFileProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** Settles when the files have been read (again). */
  ready: Promise<void>;

  /** Fires after the genre files were read again. */
  readonly onDidChange = this.emitter.event;

  constructor() {
    const schedule = () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void (this.ready = this.reload()), 150);
    };
    this.disposables.push(this.emitter);
    // the files, and the folder itself (deleting it reports the folder, not each file in it)
    for (const glob of [`**/${GENRES_FOLDER}/*.json`, `**/${GENRES_FOLDER}`]) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.disposables.push(watcher, watcher.onDidCreate(schedule), watcher.onDidChange(schedule), watcher.onDidDelete(schedule));
    }
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(schedule),
      // saving in an editor is the usual way a genre file changes; not every file system reports it
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (isGenreFile(d.uri)) schedule();
      }),
    );
    this.ready = this.reload();
  }

  /** The genres for a document: its workspace folder's (the first folder's for untitled documents). */
  genresFor(uri?: vscode.Uri): readonly Genre[] {
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) return BUILTIN_GENRES;
    const key = folder.uri.toString();
    let genres = this.merged.get(key);
    if (!genres) {
      genres = mergeGenres(BUILTIN_GENRES, this.extra.get(key) ?? []);
      this.merged.set(key, genres);
    }
    return genres;
  }

  /** The genre files that could not be used, from the last reading. */
  get problems(): readonly GenreFileProblem[] {
    return this.fileProblems;
  }

  /**
   * Reads the genre files again, now: commands call this so that they always see the files as they are,
   * whether or not the file system reported the change.
   */
  refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.ready = this.reload();
    return this.ready;
  }

  async reload(): Promise<void> {
    const generation = ++this.generation;
    const problems: GenreFileProblem[] = [];
    const extra = new Map<string, Genre[]>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const files: { name: string; uri: vscode.Uri; text?: string; readError?: string }[] = [];
      for (const uri of await genreFiles(folder)) {
        const name = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
        try {
          files.push({ name, uri, text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) });
        } catch (e) {
          files.push({ name, uri, readError: e instanceof Error ? e.message : String(e) });
        }
      }
      const reading = readGenreFiles(files, uiLocale());
      for (const p of reading.problems) problems.push({ uri: p.file.uri, message: p.message });
      extra.set(folder.uri.toString(), reading.genres);
    }
    // a reading started later wins; this one waits for it
    if (generation !== this.generation) return this.ready;
    // swapped in at once: genresFor() may be called while the files are read
    this.extra = extra;
    this.merged.clear();
    this.fileProblems = problems;
    this.report(problems);
    this.emitter.fire();
  }

  /** Shows each problem once (again only after it changed). */
  private report(problems: readonly GenreFileProblem[]): void {
    const current = new Set(problems.map((p) => p.message));
    for (const key of [...this.reported]) if (!current.has(key)) this.reported.delete(key);
    for (const p of problems) {
      if (this.reported.has(p.message)) continue;
      this.reported.add(p.message);
      const open = vscode.l10n.t('Open File');
      void vscode.window
        .showWarningMessage(vscode.l10n.t('A report genre file was not loaded (the built-in genres still work): {0}', p.message), open)
        .then((answer) => (answer === open ? vscode.window.showTextDocument(p.uri) : undefined));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function isGenreFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith('.json') && uri.path.includes(`/${GENRES_FOLDER}/`);
}

async function genreFiles(folder: vscode.WorkspaceFolder): Promise<vscode.Uri[]> {
  const dir = vscode.Uri.joinPath(folder.uri, GENRES_FOLDER);
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return []; // no genre folder: only the built-in genres
  }
  return entries
    .filter(([name, type]) => name.endsWith('.json') && (type & vscode.FileType.File) !== 0)
    .map(([name]) => name)
    .sort()
    .map((name) => vscode.Uri.joinPath(dir, name));
}
