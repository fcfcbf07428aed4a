import * as vscode from 'vscode';

/** The status bar item: how many hardcoded tokens the workspace has; a click opens Problems. */
export class FindingCount implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keyward.findings', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Keyward findings';
    this.item.command = 'workbench.actions.view.problems';
    this.item.text = '$(shield) Keyward';
    this.item.show();
  }

  set(count: number): void {
    this.item.text = count ? `$(shield) ${count}` : '$(shield) 0';
    this.item.tooltip = count ? `Keyward: ${count} hardcoded token${count === 1 ? '' : 's'} in the workspace. Click to open Problems.` : 'Keyward: no hardcoded tokens found';
    this.item.accessibilityInformation = { label: this.item.tooltip };
    this.item.backgroundColor = count ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  stopped(): void {
    this.item.text = '$(shield) Keyward (stopped)';
    this.item.tooltip = 'The Keyward language server is not running. Run "Keyward: Restart Server".';
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  dispose(): void {
    this.item.dispose();
  }
}
