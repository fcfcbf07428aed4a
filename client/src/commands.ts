/**
 * One command registry: every command is declared here once, registered into the extension's
 * scope, and commands that need the server say so when it is not running.
 */
import * as vscode from 'vscode';
import type { Ctx } from './extension.ts';
import { CMD_MOVE_ALL_TO_VAULT, CMD_MOVE_TO_VAULT, moveAllToVault, moveToVault } from './moveToVault.ts';

type Handler = (ctx: Ctx, ...args: unknown[]) => unknown;

function needsServer(ctx: Ctx): boolean {
  if (ctx.client?.isRunning()) return true;
  void vscode.window.showWarningMessage('Keyward: the language server is not running. Run "Keyward: Restart Server".');
  return false;
}

const COMMANDS: Record<string, Handler> = {
  'keyward.scanWorkspace': async (ctx) => {
    if (!needsServer(ctx)) return;
    const client = ctx.client!;
    // A notification a person sees, cancellable; cancelling it cancels the server's scan.
    const r = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Keyward: scanning workspace…', cancellable: true },
      (_progress, cancel) => client.sendRequest<{ files: number; findings: number; cancelled: boolean }>('keyward/scanWorkspace', {}, cancel),
    );
    ctx.status.set(r.findings);
    void vscode.window.setStatusBarMessage(`Keyward: ${r.findings} finding${r.findings === 1 ? '' : 's'} in ${r.files} files`, 5000);
    return r;
  },
  'keyward.showOutput': (ctx) => ctx.output.show(true),
  'keyward.restartServer': async (ctx) => {
    await ctx.restart();
    void vscode.window.setStatusBarMessage('Keyward: language server restarted', 3000);
  },
  'keyward.openUrl': async (_ctx, url) => {
    // Only the https revoke/rotate pages that rules carry; never a scheme that runs something.
    if (typeof url !== 'string' || !/^https:\/\//.test(url)) return;
    await vscode.env.openExternal(vscode.Uri.parse(url));
  },
  [CMD_MOVE_TO_VAULT]: (ctx, args) => moveToVault(ctx, args),
  [CMD_MOVE_ALL_TO_VAULT]: (ctx, args) => moveAllToVault(ctx, args),
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, handler] of Object.entries(COMMANDS)) {
    ctx.extension.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => handler(ctx, ...args)));
  }
}
