import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class GetStatusRequest {
  /** A text the reply repeats, so that a caller can tell its replies apart. */
  @ApiProperty({ required: false, example: 'ping-1' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  echo?: string;
}

export class ServiceStatusView {
  @ApiProperty({ example: 'integration' })
  service!: string;

  @ApiProperty({ format: 'date-time', description: 'The time by the service’s database' })
  databaseTime!: string;

  @ApiProperty({ required: false, example: 'ping-1' })
  echo?: string;
}
