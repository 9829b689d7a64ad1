export * from './demo.js';
export * from './demo-users.js';
export * from './national.js';
