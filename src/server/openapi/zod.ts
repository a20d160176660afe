import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// Adds `.openapi()` (names and examples for the document) to zod's types, once.
extendZodWithOpenApi(z);

export { z };
