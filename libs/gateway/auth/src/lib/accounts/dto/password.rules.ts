import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 would hash megabytes too; a bound keeps a login request cheap. */
export const PASSWORD_MAX_LENGTH = 200;

/** The password policy: length only (NIST SP 800-63B), no composition rules. */
export const IsPassword = () =>
  applyDecorators(IsString(), MinLength(PASSWORD_MIN_LENGTH), MaxLength(PASSWORD_MAX_LENGTH));
