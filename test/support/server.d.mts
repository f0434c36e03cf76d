import type { IncomingMessage, ServerResponse } from 'node:http';
/** The test routes under /__test__/ (see server.mjs), as a Node/connect middleware. */
export function testRoutes(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void>;
