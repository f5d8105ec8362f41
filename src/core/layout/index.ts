export * from './grid';
export * from './inline';
export * from './breakLines';
export * from './layout';
export * from './count';
