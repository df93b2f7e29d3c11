import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-contract';

/** A class formed on the platform: how many of its active enrollments are students and teachers. */
export class ClassRegistrationsV1 {
  /** The platform's id of the class (OneRoster sourcedId). */
  @IsString()
  @Length(1, 200)
  classExternalId!: string;

  @IsInt()
  @Min(0)
  @Max(100_000)
  students!: number;

  @IsInt()
  @Min(0)
  @Max(100_000)
  teachers!: number;
}

/** A school's people registered on the platform (active accounts), and its classes. */
export class SchoolRegistrationsV1 {
  /** The platform's id of the school (OneRoster org sourcedId). */
  @IsString()
  @Length(1, 200)
  schoolExternalId!: string;

  /** The school's own code on the platform (OneRoster `identifier`), when it has one. */
  @IsString()
  @Length(0, 200)
  schoolIdentifier!: string;

  @IsInt()
  @Min(0)
  @Max(1_000_000)
  students!: number;

  @IsInt()
  @Min(0)
  @Max(1_000_000)
  teachers!: number;

  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => ClassRegistrationsV1)
  classes!: ClassRegistrationsV1[];
}

/**
 * integration.registrations.counted.v1: after a sync run, the registrations on the Sirius.Schools platform as
 * the integration service now holds them, per school and class (counts and external ids only, no names).
 * Each event replaces the previous one: a consumer keeps the latest by `countedAt`.
 * A published contract is never edited: a changed payload is a new contract `….v2` beside it.
 */
export class RegistrationsCountedV1 {
  /** The sync run that produced the counts. */
  @IsUUID()
  runId!: string;

  @IsISO8601({ strict: true })
  countedAt!: string;

  /** Active accounts of people of the schools below (a person registered at two schools counts once). */
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  registered!: number;

  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => SchoolRegistrationsV1)
  schools!: SchoolRegistrationsV1[];
}

export const REGISTRATIONS_COUNTED_V1 = defineEvent(
  'integration.registrations.counted.v1',
  RegistrationsCountedV1,
);
