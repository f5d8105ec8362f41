export * from './fonts';
export * from './render';
export * from './preview';
