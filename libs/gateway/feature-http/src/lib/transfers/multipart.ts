import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fastifyPlugin from 'fastify-plugin';

/**
 * Lets Fastify read `multipart/form-data` (see `TransferFiles.receive`). It accepts no file by default:
 * each route reading multipart passes its own limits. Registered once per instance: a resource module
 * that registered @fastify/multipart before (a second registration fails) is left as it is.
 */
export const multipartSupport = fastifyPlugin(
  async (fastify: FastifyInstance) => {
    if (fastify.hasRequestDecorator('isMultipart')) return;
    await fastify.register(multipart, { limits: { fileSize: 0, files: 0 } });
  },
  { name: 'orbita-multipart' },
);
