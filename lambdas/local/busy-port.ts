import { CliUsageError } from './cli-options';

/**
 * A listen error as the user should read it: a port already in use names the port and the option
 * that chooses another (exit 2 with usage, like any other bad option); anything else unchanged.
 */
export function explainListenError(error: unknown, what: string, port: number, option: '--port' | '--web-port'): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') return new CliUsageError(`port ${port} (${what}) is in use, perhaps by another npm start: choose another with ${option} N (0 = any free port)`);
  if (code === 'EACCES') return new CliUsageError(`port ${port} (${what}) may not be used by this user: choose another with ${option} N above 1023 (0 = any free port)`);
  return error;
}
