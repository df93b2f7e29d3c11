import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { toEmail } from '../../accounts/dto/create-account.dto';
import { IsPassword, PASSWORD_MAX_LENGTH } from '../../accounts/dto/password.rules';
import { AccountView } from '../../accounts/dto/account.view';

/** How the refresh token travels: a browser keeps it in an httpOnly cookie, an API client in the body. */
export const REFRESH_TOKEN_DELIVERIES = ['cookie', 'body'] as const;
export type RefreshTokenDelivery = (typeof REFRESH_TOKEN_DELIVERIES)[number];

export class LoginRequest {
  @ApiProperty({ example: 'admin@orbita.local' })
  @Transform(toEmail)
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'k7tq-m2xa-9hwe-r4nc' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional({
    enum: REFRESH_TOKEN_DELIVERIES,
    default: 'cookie',
    description:
      '`cookie` (browsers): the refresh token is set as the httpOnly cookie `orbita_refresh` (path /api/v1/auth) ' +
      'and left out of the body; `body` (API clients): it is in the body and no cookie is set',
  })
  @IsOptional()
  @IsIn(REFRESH_TOKEN_DELIVERIES)
  refreshTokenDelivery?: RefreshTokenDelivery;
}

export class RefreshRequest {
  @ApiPropertyOptional({
    description: 'The refresh token of an API client; browsers send none and the cookie is used',
    example: 'q0y5ZbXhOeE4o8mJx0l7pS1vRk2tH3nU9cWf6aGdLiA',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordRequest {
  @ApiProperty({ example: 'k7tq-m2xa-9hwe-r4nc' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ description: '10 to 200 characters', example: 'a-longer-passphrase-2025' })
  @IsPassword()
  newPassword!: string;
}

export class TokenResponse {
  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({
    description: 'JWT (HS256) for `Authorization: Bearer …`',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
  })
  accessToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;

  @ApiPropertyOptional({
    description: 'Only with refreshTokenDelivery=body (or a refresh that sent it in the body)',
    example: 'q0y5ZbXhOeE4o8mJx0l7pS1vRk2tH3nU9cWf6aGdLiA',
  })
  refreshToken?: string;

  @ApiProperty({ format: 'date-time', example: '2025-10-20T09:15:27.000Z' })
  refreshExpiresAt!: string;

  @ApiProperty({ type: AccountView })
  account!: AccountView;
}

export class MeResponse extends AccountView {
  @ApiProperty({
    description: 'What the role may do (see docs/security.md)',
    example: ['schools:read', 'people:read'],
  })
  permissions!: string[];
}
