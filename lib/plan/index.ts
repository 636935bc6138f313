export * from './types';
export * from './ops';
export * from './history';
export * from "./contacts";
