// Our TypeDoc plugin, for two things TypeDoc cannot know about this code base.
//
// 1. The schema convention (style.md habit 4): `XxxSchema` carries the one-sentence JSDoc and
//    `type Xxx = z.infer<typeof XxxSchema>` carries none, because a second copy would only drift. For every
//    exported type alias written as `z.infer<typeof S>`, `z.input<typeof S>` or `z.output<typeof S>`, the plugin
//    documents the type with the JSDoc of S when the type has none of its own, and shows the type as the shape it
//    stands for (`'a' | 'b'`, `{ id: string; ... }`) rather than `z.infer<typeof S>`, which tells a reader little
//    and would otherwise need every such schema exported too. A type alias with neither its own comment nor a
//    documented schema still fails the build (treatWarningsAsErrors), so every public export stays documented.
// 2. State machines: the type shown for `sessionMachine: StateMachine<...>` is shortened to `StateMachine`. The full
//    instantiation repeats the whole context and config (several kB of unreadable text), and the context, events
//    and input are documented on their own pages.
import { Comment, Converter, ReflectionKind } from 'typedoc';

const INFERRED = /^z\.(infer|input|output)\s*<\s*typeof\s+([A-Za-z_$][\w$]*)\s*>$/;

/** The schema a type alias is inferred from, as its ts.Symbol and name, or undefined. */
function schemaOf(checker, declaration) {
  const typeNode = declaration?.type;
  if (typeNode === undefined) return undefined;
  const match = INFERRED.exec(typeNode.getText());
  if (match === null) return undefined;
  const query = typeNode.typeArguments?.[0];
  const identifier = query?.exprName;
  let symbol = identifier === undefined ? undefined : checker.getSymbolAtLocation(identifier);
  // An imported schema is an alias symbol; its documentation lives on the symbol it points at.
  if (symbol !== undefined && symbol.getDocumentationComment(checker).length === 0) {
    try {
      symbol = checker.getAliasedSymbol(symbol);
    } catch {
      // Not an alias: keep the symbol as it is.
    }
  }
  return symbol === undefined ? undefined : { symbol, name: match[2] };
}

/** Removes from the project every reflection that a type (and the types inside it) declares, then drops them. */
function removeDeclaredIn(project, type) {
  if (type === null || typeof type !== 'object') return;
  if (type.type === 'reflection' && type.declaration !== undefined) {
    project.removeReflection(type.declaration);
    return;
  }
  for (const value of Object.values(type)) {
    if (Array.isArray(value)) for (const item of value) removeDeclaredIn(project, item);
    else if (value !== null && typeof value === 'object' && typeof value.type === 'string')
      removeDeclaredIn(project, value);
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Worked out while the alias's source file is being converted (the type checker is only available then) and
  // applied once conversion is over, after TypeDoc has set the alias's own type.
  const pending = new Map();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kind !== ReflectionKind.TypeAlias) return;
    const { checker } = context;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.declarations?.find((d) => d.type !== undefined);
    const schema = schemaOf(checker, declaration);
    if (symbol === undefined || schema === undefined) return;
    const text = schema.symbol
      .getDocumentationComment(checker)
      .map((part) => part.text)
      .join('')
      .trim();
    // Show the shape instead of `z.infer<typeof Schema>`.
    const shape = context.converter.convertType(context.withScope(reflection), checker.getDeclaredTypeOfSymbol(symbol));
    pending.set(reflection, { text, name: schema.name, shape });
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, () => {
    for (const [alias, { text, name, shape }] of pending) {
      alias.type = shape;
      if (alias.comment?.summary.length || text === '') continue;
      alias.comment = new Comment([
        { kind: 'text', text },
        { kind: 'text', text: '\n\nInferred from ' },
        { kind: 'code', text: `\`${name}\`` },
        { kind: 'text', text: '.' },
      ]);
    }
    pending.clear();
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const variable of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      const type = variable.type;
      if (type?.type !== 'reference' || type.name !== 'StateMachine' || !type.typeArguments?.length) continue;
      for (const argument of type.typeArguments) removeDeclaredIn(context.project, argument);
      type.typeArguments = undefined;
    }
  });
}
