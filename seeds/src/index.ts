export * from './demo.js';
export * from './demo-users.js';
