import { Module } from '@nestjs/common';
import { Directory } from './directory';
import { KnownPerson, KnownStudent } from './directory.entity';
import { ProjectsDirectory1767260000000 } from './migrations/1767260000000-directory';

/** The tables and migration, for the service definition (once, whichever features use the directory). */
export const DIRECTORY_ENTITIES = [KnownPerson, KnownStudent];
export const DIRECTORY_MIGRATIONS = [ProjectsDirectory1767260000000];

/**
 * The directory's consumer. The features import this module: Nest makes it once, so the service has one
 * durable consumer `projects_directory` whichever features it runs.
 */
@Module({ providers: [Directory] })
export class ProjectsDirectoryModule {}
