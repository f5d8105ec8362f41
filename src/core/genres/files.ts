import { Locale } from '../lint/types';
import { Genre } from './types';
import { describeGenreProblems, parseGenreFile } from './validate';

/** Where a workspace keeps its own genre definitions, one JSON file per genre. */
export const GENRES_FOLDER = '.vscode/report-author/genres';

/** A genre file as read by the editor or the command-line tool: its text, or why it could not be read. */
export interface GenreFileContent {
  /** How messages name the file (a path relative to the workspace, or as the user gave it). */
  name: string;
  text?: string;
  readError?: string;
}

export interface GenreFilesReading<F extends GenreFileContent> {
  /** The usable genres, in file order (to be merged with the built-in ones). */
  genres: Genre[];
  /** One per file left out: `file: field: message` lines in the locale asked for. */
  problems: { file: F; message: string }[];
}

/**
 * The genres of one folder's genre files. A file that cannot be used (unreadable, not valid JSON, a
 * field wrong, an id another file of the folder already has) is reported and left out; the rest work.
 */
export function readGenreFiles<F extends GenreFileContent>(files: readonly F[], locale: Locale): GenreFilesReading<F> {
  const genres: Genre[] = [];
  const problems: { file: F; message: string }[] = [];
  for (const file of files) {
    if (file.text === undefined) {
      problems.push({ file, message: `${file.name}: ${file.readError ?? 'could not be read'}` });
      continue;
    }
    const result = parseGenreFile(file.text);
    if (result.genre && genres.some((g) => g.id === result.genre!.id)) {
      const msg = { zh: `与同一文件夹中另一个文种的 id 重复："${result.genre.id}"`, en: `repeats the id of another genre in this folder: "${result.genre.id}"` };
      problems.push({ file, message: describeGenreProblems(file.name, [{ path: 'id', message: msg }], locale) });
    } else if (result.genre) {
      genres.push(result.genre);
    } else {
      problems.push({ file, message: describeGenreProblems(file.name, result.problems, locale) });
    }
  }
  return { genres, problems };
}
