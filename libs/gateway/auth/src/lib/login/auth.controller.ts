import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSION_MATRIX, type Actor } from '@orbita/auth';
import { ApiProblemResponses, GatewayConfig } from '@orbita/gateway/feature-http';
import type { FastifyReply } from 'fastify';
import type { SessionRequest } from '../access/access.guard';
import { AccountsService } from '../accounts/accounts.service';
import { AccountView } from '../accounts/dto/account.view';
import { Authenticated, CurrentActor, Public } from '../decorators';
import { Unauthenticated } from '../errors';
import { ThrottleLogin } from '../throttling/throttling';
import { AuthService, type SignedIn } from './auth.service';
import {
  ChangePasswordRequest,
  LoginRequest,
  MeResponse,
  RefreshRequest,
  TokenResponse,
  type RefreshTokenDelivery,
} from './dto/login.dto';
import { REFRESH_COOKIE, refreshCookieOptions } from './refresh-cookie';

const ACCOUNT_EXAMPLE = {
  id: '0b7f3c1e-5a59-4d7e-9a51-3c2d1f0e8a11',
  email: 'admin@orbita.local',
  displayName: 'Administrator',
  role: 'admin',
  schoolId: null,
  personId: null,
  active: true,
  createdAt: '2025-09-01T08:30:00.000Z',
};

const TOKEN_EXAMPLE = {
  tokenType: 'Bearer',
  accessToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
  expiresIn: 900,
  refreshExpiresAt: '2025-10-20T09:15:27.000Z',
  account: ACCOUNT_EXAMPLE,
};

/** `/api/v1/auth/…`: sign in, keep the session going, sign out, change the password, who am I. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(AccountsService) private readonly accounts: AccountsService,
    @Inject(GatewayConfig) private readonly config: GatewayConfig,
  ) {}

  @Post('login')
  @Public()
  @ThrottleLogin()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description:
      'Answers an access token (15 min) and starts a session whose refresh token goes to an httpOnly cookie ' +
      '(browsers) or the body (`refreshTokenDelivery: "body"`). A wrong e-mail and a wrong password get the ' +
      'same 401. At most LOGIN_RATE_LIMIT attempts per minute per client address and e-mail (429 with Retry-After).',
  })
  @ApiOkResponse({ type: TokenResponse, description: 'Signed in', example: TOKEN_EXAMPLE })
  @ApiProblemResponses(400, 401, 429)
  async login(
    @Body() body: LoginRequest,
    @Req() request: SessionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponse> {
    const signedIn = await this.auth.login(body.email, body.password, request);
    return this.respond(signedIn, body.refreshTokenDelivery ?? 'cookie', reply);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange the refresh token for a new access token and a new refresh token',
    description:
      'Takes the refresh token from the body (API clients) or the `orbita_refresh` cookie (browsers) and answers ' +
      'the same way. The presented token is used up; presenting it again revokes the whole session (reuse detection).',
  })
  @ApiOkResponse({
    type: TokenResponse,
    description: 'A new access token and refresh token',
    example: TOKEN_EXAMPLE,
  })
  @ApiProblemResponses(400, 401)
  async refresh(
    @Body() body: RefreshRequest,
    @Req() request: SessionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponse> {
    const presented = body.refreshToken ?? request.cookies?.[REFRESH_COOKIE];
    if (!presented)
      throw new Unauthenticated('Send the refresh token in the body or the orbita_refresh cookie');
    const signedIn = await this.auth.refresh(presented, request);
    return this.respond(signedIn, body.refreshToken ? 'body' : 'cookie', reply);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: revoke the session of the refresh token (body or cookie) and clear the cookie',
    description:
      'Access tokens already issued stay valid until they expire (at most ACCESS_TOKEN_TTL_SECONDS).',
  })
  @ApiNoContentResponse({ description: 'Signed out (also when the token was unknown or revoked already)' })
  @ApiProblemResponses(400)
  async logout(
    @Body() body: RefreshRequest,
    @Req() request: SessionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(body.refreshToken ?? request.cookies?.[REFRESH_COOKIE], request);
    reply.clearCookie(REFRESH_COOKIE, refreshCookieOptions(this.config));
  }

  @Post('password')
  @Authenticated()
  @ThrottleLogin()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your password (needs the current one); signs out your other sessions',
  })
  @ApiNoContentResponse({ description: 'Changed; other sessions are revoked, this one continues' })
  @ApiProblemResponses(400, 401, 403, 429)
  async changePassword(
    @Body() body: ChangePasswordRequest,
    @CurrentActor() actor: Actor,
    @Req() request: SessionRequest,
  ): Promise<void> {
    await this.auth.changePassword(actor, request.sessionId, body.currentPassword, body.newPassword, request);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'Your account and what your role may do' })
  @ApiOkResponse({
    type: MeResponse,
    description: 'The signed-in account',
    example: { ...ACCOUNT_EXAMPLE, permissions: ['schools:read', 'accounts:manage', 'audit:read'] },
  })
  @ApiProblemResponses(401)
  async me(@CurrentActor() actor: Actor): Promise<MeResponse> {
    const account = AccountView.of(await this.accounts.get(actor.userId));
    return { ...account, permissions: [...PERMISSION_MATRIX[account.role]] };
  }

  private respond(signedIn: SignedIn, delivery: RefreshTokenDelivery, reply: FastifyReply): TokenResponse {
    const { refreshToken, expiresAt } = signedIn.refresh;
    if (delivery === 'cookie')
      reply.setCookie(REFRESH_COOKIE, refreshToken, refreshCookieOptions(this.config, expiresAt));
    return {
      tokenType: 'Bearer',
      accessToken: signedIn.accessToken,
      expiresIn: signedIn.expiresIn,
      ...(delivery === 'body' ? { refreshToken } : {}),
      refreshExpiresAt: expiresAt.toISOString(),
      account: signedIn.account,
    };
  }
}
