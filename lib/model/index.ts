export * from './sector';
export * from './record';
export * from './flag';
export * from './settings';
export * from './page-report';
export * from './parse-result';
