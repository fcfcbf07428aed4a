/**
 * Safe copy in the editor: core's ClipboardGuard over vscode.env.clipboard, cleared after
 * `keyward.clipboard.clearAfterSeconds` (default 30) only if the clipboard still holds the value,
 * with a status bar countdown naming the token (never the value). Clicking it clears now.
 */
import * as vscode from 'vscode';
import { ClipboardGuard } from '../../core/vault/clipboard.ts';

export const CLEAR_NOW_COMMAND = 'keyward.clipboard.clearNow';

export function clearAfterSeconds(): number {
  const v = vscode.workspace.getConfiguration('keyward').get<number>('clipboard.clearAfterSeconds', 30);
  return typeof v === 'number' && Number.isFinite(v) ? v : 30;
}

export class SafeClipboard implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keyward.clipboard', vscode.StatusBarAlignment.Left, 9);
  readonly guard: ClipboardGuard;

  constructor(output: vscode.LogOutputChannel) {
    this.item.name = 'Keyward clipboard';
    this.item.command = CLEAR_NOW_COMMAND;
    this.guard = new ClipboardGuard(vscode.env.clipboard, {
      clearAfterSeconds: clearAfterSeconds,
      onTick: (left, label) => this.show(left, label),
      onDone: (outcome, label) => {
        this.item.hide();
        if (outcome === 'cleared') void vscode.window.setStatusBarMessage(`$(check) Keyward: clipboard cleared${label ? ` (${label})` : ''}`, 3000);
        else if (outcome === 'replaced') void vscode.window.setStatusBarMessage(`Keyward: ${label ?? 'the token'} was no longer on the clipboard; left it alone`, 3000);
      },
      onError: (err) => output.warn(`Keyward: could not clear the clipboard: ${(err as Error).message}`),
    });
  }

  private show(left: number, label: string | undefined): void {
    this.item.text = `$(clippy) ${label ?? 'Token'} ${left}s`;
    this.item.tooltip = `Keyward: ${label ?? 'a token'} is on the clipboard; it is cleared in ${left} s if still there. Click to clear now.`;
    this.item.accessibilityInformation = { label: `${label ?? 'Token'} on the clipboard, cleared in ${left} seconds. Activate to clear now.` };
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.item.show();
  }

  copy(value: string, label: string): Promise<void> {
    return this.guard.copy(value, label);
  }

  async clearNow(): Promise<void> {
    await this.guard.finish();
  }

  dispose(): void {
    // Clear what is still ours as the extension goes; the host may not wait, so do not block on it.
    void this.guard.dispose().catch(() => undefined).finally(() => this.item.dispose());
  }
}
