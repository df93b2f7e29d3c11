import { Module } from '@nestjs/common';
import { StatusHandlers } from './status.handlers';

@Module({ providers: [StatusHandlers] })
export class StatusModule {}
