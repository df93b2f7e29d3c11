import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@orbita/auth';
import { ListQuery } from '@orbita/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** `GET /accounts?role=teacher&schoolId=…&active=true&q=петрова&sort=-createdAt&page=2` */
export class ListAccountsQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}
