import { startServer } from './server.mjs';

/** Starts the server once for all tests; its URL reaches the workers through the environment. */
export default async function globalSetup() {
	const server = await startServer();
	process.env.E2E_BASE_URL = server.baseURL;
	process.env.E2E_DATA_DIR = server.dataDir;
	return server.stop;
}
