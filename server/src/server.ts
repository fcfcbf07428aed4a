/**
 * The Keyward language server: LSP 3.17 over stdio or IPC for any client.
 * This first version publishes diagnostics for open documents as they change; workspace scans,
 * code actions, hover and settings follow (issue 3).
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { scanText } from '../../core/detect/engine.ts';
import type { Finding } from '../../core/detect/types.ts';
import { message } from '../../cli/format.ts';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, note: DiagnosticSeverity.Information } as const;

function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: { start: doc.positionAt(f.offset), end: doc.positionAt(f.offset + f.length) },
    severity: SEVERITY[f.level],
    source: 'keyward',
    code: f.ruleId,
    message: `${f.provider}: ${message(f)}${f.hint ? `\n${f.hint}` : ''}`,
  };
  return d;
}

function validate(doc: TextDocument): void {
  const { findings } = scanText(doc.getText(), { path: doc.uri });
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: findings.map((f) => toDiagnostic(doc, f)) });
}

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
  serverInfo: { name: 'keyward' },
}));

documents.onDidChangeContent((e) => validate(e.document));
documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
documents.listen(connection);
connection.listen();
