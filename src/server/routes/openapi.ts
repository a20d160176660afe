import { Router } from 'express';
import { openApiDocument } from '../openapi/document';

/** GET /api/openapi.json — the API's OpenAPI 3.1 document; public, generated once at start-up. */
export function openApiRoute(publicUrl: string, version: string): Router {
  const body = JSON.stringify(openApiDocument(publicUrl, version));
  const router = Router();
  router.get('/api/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/json').send(body);
  });
  return router;
}
