export * from './charter';
export * from './checklist';
export * from './domains';
export * from './health-themes';
export * from './resource-types';
export * from './roles';
export * from './statuses';
export * from './trainings';
