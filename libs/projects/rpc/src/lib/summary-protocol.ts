import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { composeDecorators, IsPlainText, Trimmed } from '@orbita/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { UUID } from './api-examples';

export const SUMMARY_PROTOCOL_FORMATS = ['xlsx', 'docx'] as const;
export type SummaryProtocolFormat = (typeof SUMMARY_PROTOCOL_FORMATS)[number];

/** A registry or enrollment record's display name, as the gateway read it for the protocol. */
export class DisplayName {
  @IsUUID()
  id!: string;

  @Trimmed()
  @IsString()
  @Length(1, 500)
  @IsPlainText()
  name!: string;
}

const DisplayNames = () =>
  composeDecorators(
    IsArray(),
    ArrayMaxSize(10_000),
    ValidateNested({ each: true }),
    Type(() => DisplayName),
  );

/**
 * The stage's summary protocol as a file. The projects service knows schools, experts and authors by id
 * only: the gateway sends the names it read, as the caller, from the registry and (authors of the list for
 * diplomas) from enrollment; ids it does not name are printed as ids. The service only renders them: no
 * name is stored or put in an event.
 */
export class ExportSummaryProtocolRequest {
  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;

  @ApiProperty({ enum: SUMMARY_PROTOCOL_FORMATS })
  @IsIn(SUMMARY_PROTOCOL_FORMATS)
  format!: SummaryProtocolFormat;

  @ApiPropertyOptional({ ...UUID, description: 'One section of the stage’s season; all of them by default' })
  @IsOptional()
  @IsUUID()
  sectionId?: string;

  @DisplayNames()
  schoolNames!: DisplayName[];

  @DisplayNames()
  expertNames!: DisplayName[];

  /** Enrollment student id → «Фамилия Имя», for the list for diplomas. */
  @DisplayNames()
  authorNames!: DisplayName[];
}
