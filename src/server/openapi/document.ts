import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { contractRegistry } from './contract';

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/** The OpenAPI 3.1 document of Upnext's HTTP API, generated from the zod schemas. */
export function openApiDocument(publicUrl: string, version: string): OpenApiDocument {
  return new OpenApiGeneratorV31(contractRegistry().definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Upnext API',
      version,
      description:
        'Next meetings and one-click Join across calendar providers. Errors are {"error":{code,message,requestId}}. ' +
        'Every /api answer carries Cache-Control: no-store, but for the public client configuration and this document (no-cache). A method a path does not take answers 405 bad_request with an Allow header.',
    },
    servers: [{ url: publicUrl }],
  });
}
