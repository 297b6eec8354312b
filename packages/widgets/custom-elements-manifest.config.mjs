// custom-elements.json (package root, named by `customElements` in package.json): read by
// Storybook's autodocs, IDEs and the embed-code generator. Analyzes the TypeScript source, so the
// JSDoc on the widget classes (@summary, @slot, @csspart, @cssproperty, @event) is what users see.

/**
 * A JSDoc tag whose text holds an inline tag (`@summary … {@link X} …`) reaches the manifest as
 * TypeScript's comment nodes instead of a string, and the analyzer then fails to write the file
 * ("Converting circular structure to JSON"). Turn such node lists back into text.
 */
function jsdocAsText() {
  const isNode = (value) =>
    value && typeof value === 'object' && typeof value.kind === 'number' && typeof value.pos === 'number';
  const nodeText = (node) => {
    // {@link Target text} → "Target text" (or the target's name alone).
    if (node.name) return [node.name.getText(), node.text].filter(Boolean).join(' ');
    return node.text ?? node.getText();
  };
  const normalize = (value) => {
    if (Array.isArray(value) && value.length > 0 && value.every(isNode))
      return value
        .map(nodeText)
        .join('')
        .replace(/\n\s*\*\s?/g, '\n')
        .trim();
    if (Array.isArray(value)) return value.map(normalize);
    if (value && typeof value === 'object' && !isNode(value)) {
      for (const key of Object.keys(value)) value[key] = normalize(value[key]);
    }
    return value;
  };
  return {
    name: 'kommunaldialog-jsdoc-as-text',
    packageLinkPhase({ customElementsManifest }) {
      normalize(customElementsManifest);
    },
  };
}

/**
 * Tags are registered through the guarded `defineElement('kd-x', KdX)` (src/shared/define.ts),
 * which the analyzer does not know: record those calls as the definitions
 * `customElements.define` would give, so classes get their `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'kommunaldialog-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.CallExpression || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const className = klass.text;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const names = statement.importClause?.namedBindings;
        if (!names || !ts.isNamedImports(names) || !names.elements.some((e) => e.name.text === className))
          continue;
        const specifier = statement.moduleSpecifier.text;
        if (!specifier.startsWith('.')) return;
        module = new URL(specifier, `file:///${moduleDoc.path}`).pathname.slice(1).replace(/\.js$/, '.ts');
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } },
      ];
    },
  };
}

/** `@summary` first, then the description (Web Awesome style) puts everything in the summary: split it. */
function summaryThenDescription() {
  return {
    name: 'kommunaldialog-summary',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const { summary, description } = declaration;
          if (typeof summary !== 'string' || description) continue;
          const [first, ...rest] = summary.split(/\n\s*\n/);
          if (rest.length === 0) continue;
          declaration.summary = first.trim();
          declaration.description = rest.join('\n\n').trim();
        }
      }
    },
  };
}

/**
 * `dispatchEvent(new KdFooEvent(…))` gives a nameless event of type `KdFooEvent`; the name is
 * that class's `static eventName`. Merge it into the `@event kd-foo` entry from the JSDoc.
 */
function namedEvents() {
  return {
    name: 'kommunaldialog-named-events',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = (customElementsManifest.modules ?? []).flatMap(
        (module) => module.declarations ?? [],
      );
      const eventNames = new Map();
      for (const declaration of declarations) {
        const field = declaration.members?.find((member) => member.static && member.name === 'eventName');
        const name = field?.default?.match(/^['"`](kd-[\w-]+)['"`]$/)?.[1];
        if (name) eventNames.set(declaration.name, name);
      }
      for (const declaration of declarations) {
        if (!declaration.events) continue;
        const named = declaration.events.filter((event) => event.name);
        for (const event of declaration.events.filter((e) => !e.name)) {
          const name = eventNames.get(event.type?.text);
          if (!name) continue;
          const documented = named.find((e) => e.name === name);
          if (documented) documented.type ??= event.type;
          else named.push({ ...event, name });
        }
        // The analyzer keeps one nameless event per class: type the others from `eventName` too.
        for (const event of named) {
          const type = [...eventNames].find(([, name]) => name === event.name)?.[0];
          if (type) event.type ??= { text: type };
        }
        declaration.events = named;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/messages/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // `customElements` is set in package.json by hand.
  packagejson: false,
  plugins: [defineElementCalls(), jsdocAsText(), summaryThenDescription(), namedEvents()],
};
