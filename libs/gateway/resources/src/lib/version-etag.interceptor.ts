import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';

interface HeaderSetter {
  header(name: string, value: string): unknown;
}

/**
 * Sends a single record's version as its `ETag`, so that a client can PATCH with `If-Match` what it
 * read. Lists (bodies with `items`) carry versions per item instead.
 */
@Injectable()
export class VersionEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const version = (body as { version?: unknown } | null)?.version;
        if (typeof version === 'number')
          context.switchToHttp().getResponse<HeaderSetter>().header('ETag', `"${version}"`);
        return body;
      }),
    );
  }
}
