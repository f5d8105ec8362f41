export * from './html';
export * from './unfinished';
