export { assertOfTheSchool, eachOf, organisationsOf, type NamedPeople } from './lib/directory';
export { KnownPerson, KnownStudent } from './lib/directory.entity';
export * from './lib/directory.module';
