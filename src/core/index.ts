/** The core's public surface: pure functions over report text, no editor dependencies. */
export * from './model';
export * from './parse';
export * from './numerals';
export * from './text';
export * from './lint/types';
export * from './lint/engine';
export * from './lint/edits';
export * from './rules/index';
export * from './detect';
export * from './decode';
export * from './layout/index';
export * from './render/index';
export * from './genres';
export * from './renumber';
export * from './export/index';
