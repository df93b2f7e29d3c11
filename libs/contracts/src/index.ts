// class-transformer's @Type reads decorator metadata while the contract classes are defined.
import 'reflect-metadata';
export * from './assessments';
export * from './common';
export * from './enrollment';
export * from './event-contract';
export * from './integration';
export * from './projects';
export * from './registry';
export * from './reporting';
