/** Report genres as data, and what is computed from them (genre of a report, missing sections). */
export * from './types';
export * from './builtin';
export * from './match';
export * from './missing';
export * from './snippetSyntax';
export * from './snippets';
export * from './insert';
export * from './validate';
export * from './files';
