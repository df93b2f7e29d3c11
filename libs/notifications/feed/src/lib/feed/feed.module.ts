import { Module } from '@nestjs/common';
import { FeedHandlers } from './feed.handlers';
import { FeedService } from './feed.service';

@Module({ providers: [FeedService, FeedHandlers], exports: [FeedService] })
export class FeedModule {}
