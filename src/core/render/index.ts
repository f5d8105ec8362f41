export * from './fonts';
export * from './render';
