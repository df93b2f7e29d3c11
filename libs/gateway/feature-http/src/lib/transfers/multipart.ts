import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fastifyPlugin from 'fastify-plugin';

/**
 * Lets Fastify read `multipart/form-data` (see `TransferFiles.receive`). It accepts no file by default:
 * each route reading multipart passes its own limits. Registering it again does nothing (a second
 * registration of @fastify/multipart would fail).
 */
export const multipartSupport = fastifyPlugin(
  async (fastify: FastifyInstance) => {
    if (fastify.hasRequestDecorator('isMultipart')) return;
    await fastify.register(multipart, { limits: { fileSize: 0, files: 0 } });
  },
  { name: 'orbita-multipart' },
);
