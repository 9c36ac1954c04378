// Adapts the one "flinkey" LogOutputChannel to the core Logger, tagging each line with its component.
import type * as vscode from 'vscode';
import type { Logger } from '../core/api/api';

export function createLogger(channel: vscode.LogOutputChannel, component: string): Logger {
  const tag = (message: string) => `[${component}] ${message}`;
  return {
    trace: (m) => channel.trace(tag(m)),
    debug: (m) => channel.debug(tag(m)),
    info: (m) => channel.info(tag(m)),
    warn: (m) => channel.warn(tag(m)),
    error: (m) => channel.error(tag(m)),
  };
}
