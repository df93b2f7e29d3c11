import { Controller, Get, Module } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../errors/api-problem-responses';
import { GATEWAY_NAME, GATEWAY_VERSION } from './version';

export class SystemInfo {
  @ApiProperty({ description: 'Name of the application answering', example: GATEWAY_NAME })
  name!: string;

  @ApiProperty({ description: 'Version of the platform', example: '0.1.0' })
  version!: string;

  @ApiProperty({ description: 'Seconds since the gateway process started', example: 3600.25 })
  uptimeSeconds!: number;
}

@ApiTags('system')
@Controller('system')
export class SystemController {
  @Get('info')
  @ApiOperation({ summary: 'What answers here: application name, version and uptime' })
  @ApiOkResponse({
    description: 'The gateway answers',
    type: SystemInfo,
    example: { name: GATEWAY_NAME, version: '0.1.0', uptimeSeconds: 3600.25 },
  })
  @ApiProblemResponses(500)
  info(): SystemInfo {
    return {
      name: GATEWAY_NAME,
      version: GATEWAY_VERSION,
      uptimeSeconds: Math.round(process.uptime() * 100) / 100,
    };
  }
}

/** `/api/v1/system/…` */
@Module({ controllers: [SystemController] })
export class SystemModule {}
