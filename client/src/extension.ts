/**
 * The VS Code face: starts the language server and registers Keyward's commands.
 * Every disposable goes into the extension's scope (context.subscriptions).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const output = vscode.window.createOutputChannel('Keyward', { log: true });
  context.subscriptions.push(output);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    outputChannel: output,
  };
  client = new LanguageClient('keyward', 'Keyward', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('keyward.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('keyward.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('keyward.scanWorkspace', () => {
      void vscode.window.showInformationMessage('Keyward: workspace scanning arrives with the language server issue; open files are checked as you type.');
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
