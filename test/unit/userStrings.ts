// Finds text shown to users that does not go through vscode.l10n.t: string literals given as a
// message, label, title, tooltip, prompt or placeholder, or to `new Error(…)` (the command wrapper shows it).
import * as ts from 'typescript';

const SHOWN_PROPERTIES = new Set([
  'label',
  'description',
  'detail',
  'tooltip',
  'title',
  'placeHolder',
  'placeholder',
  'prompt',
  'message',
  'validationMessage',
  'documentation',
]);

/** `text` beside `detail`: the long half of a completion or hover entry. */
function isDocText(node: ts.PropertyAssignment): boolean {
  return (
    node.name.getText() === 'text' &&
    ts.isObjectLiteralExpression(node.parent) &&
    node.parent.properties.some((p) => p.name?.getText() === 'detail')
  );
}
const SHOW_CALLS = /^(show(Information|Warning|Error)Message|setStatusBarMessage)$/;
/** Constructors whose argument at this position is shown as a row's label or an action's title. */
const SHOWN_ARGUMENT: Record<string, number> = { TreeItem: 0, MessageNode: 3, CodeAction: 0 };

/** Names and keywords that read the same in every language: the product, HTTP, OData, file formats. */
const SAME_IN_EVERY_LANGUAGE = /\b(flinkey|GET|asc|desc|CSV|JSON|cURL|TypeScript)\b/g;

function hasWords(text: string): boolean {
  if (/^https?:\/\/\S+$/.test(text)) return false; // a URL shown as an example is the same in every language
  return /[A-Za-z]{2,}/.test(text.replace(/\$\([\w-]+\)/g, '').replace(SAME_IN_EVERY_LANGUAGE, ''));
}

function isL10nCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText());
}

function isSentence(node: ts.Expression): boolean {
  if (ts.isConditionalExpression(node)) return isSentence(node.whenTrue) || isSentence(node.whenFalse);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text.includes(' ');
  return ts.isTemplateExpression(node) && [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('').includes(' ');
}

/** `file:line text` for each literal with words shown to users outside l10n.t. */
export function unlocalisedStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    if (!(ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))) return;
    const text = ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((s) => s.literal.text).join(' ') : node.text;
    if (!hasWords(text)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${fileName}:${line} ${node.getText().slice(0, 80)}`);
  };
  /** The literal itself, or each branch of a conditional or || / ?? choice. */
  const reportValue = (node: ts.Expression) => {
    if (ts.isConditionalExpression(node)) {
      reportValue(node.whenTrue);
      reportValue(node.whenFalse);
    } else if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)
    ) {
      reportValue(node.left);
      reportValue(node.right);
    } else if (ts.isParenthesizedExpression(node)) {
      reportValue(node.expression);
    } else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
      reportValue(node.body); // a text looked up when shown: `description: () => '…'`
    } else {
      report(node);
    }
  };
  const visit = (node: ts.Node) => {
    if (isL10nCall(node)) return;
    if (ts.isPropertyAssignment(node) && (SHOWN_PROPERTIES.has(node.name.getText()) || isDocText(node))) reportValue(node.initializer);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      if (SHOWN_PROPERTIES.has(node.left.name.text)) reportValue(node.right);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && SHOW_CALLS.test(node.expression.name.text)) {
      node.arguments.forEach(reportValue);
    }
    if (ts.isNewExpression(node)) {
      const name = node.expression.getText().replace(/^.*\./, '');
      const at = SHOWN_ARGUMENT[name];
      if (at !== undefined && node.arguments?.[at]) reportValue(node.arguments[at]);
      // Errors carry their message as text; a kind or code ('notFound') has no space.
      if (name.endsWith('Error')) node.arguments?.filter(isSentence).forEach(reportValue);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
