// The HTTP API (issue 4): JSON over the Store contract, for the web UI in web/ and for scripts.
export type { ApiDeps, ApiEnv, ApiOptions } from './types.js';
export { ROLES, roleAtLeast, USER_NAME } from './types.js';
export { ApiError } from './api-error.js';
export { createApp } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { hashPassword, verifyPassword, newPassword, newSecret, hashSecret } from './passwords.js';
export { openApiDocument } from './openapi.js';
