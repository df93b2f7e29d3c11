import { composeDecorators } from '@orbita/contracts';
import { IsISO8601, Matches } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day written `2026-04-14` (a real one: not 2026-02-30). */
export const IsCalendarDate = () =>
  composeDecorators(
    Matches(ISO_DATE, { message: '$property must be a date such as 2026-04-14' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );
