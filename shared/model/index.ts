export * from './client';
export * from './project';
export * from './settings';
