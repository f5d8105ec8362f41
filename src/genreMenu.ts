import * as vscode from 'vscode';
import { Genre, GENRE_MENU_ORDER } from './core';
import { uiLocale } from './settings';

/** Genres in the order a picker shows them: the built-in six, then the workspace's own, the generic last. */
export function genresForMenu(genres: readonly Genre[]): Genre[] {
  const known = GENRE_MENU_ORDER.filter((id) => id !== 'generic').map((id) => genres.find((g) => g.id === id)).filter((g): g is Genre => !!g);
  const own = genres.filter((g) => !GENRE_MENU_ORDER.includes(g.id));
  const generic = genres.filter((g) => g.id === 'generic');
  return [...known, ...own, ...generic];
}

export function genreName(genre: Genre): string {
  return genre.names[uiLocale()];
}

export interface GenrePickItem extends vscode.QuickPickItem {
  genre: Genre;
}

export function genrePickItems(genres: readonly Genre[]): GenrePickItem[] {
  const locale = uiLocale();
  const other = locale === 'zh' ? 'en' : 'zh';
  return genresForMenu(genres).map((genre) => ({
    label: genre.names[locale],
    description: genre.names[other] !== genre.names[locale] ? genre.names[other] : undefined,
    detail: genre.description[locale],
    genre,
  }));
}
