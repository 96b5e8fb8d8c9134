import ts from 'typescript'

export type LongFunction = { file: string; name: string; line: number; lines: number }

/** Functions (declarations, arrows, methods) longer than `limit` lines in one source text. */
export function longFunctions(file: string, text: string, limit: number): LongFunction[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  const found: LongFunction[] = []
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1
  const nameOf = (node: ts.Node): string => {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
      return node.name.getText(source)
    const parent = node.parent
    if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(source)
    if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source)
    return '(anonymous)'
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node)
    ) {
      const start = lineOf(node.getStart(source))
      const lines = lineOf(node.getEnd()) - start + 1
      if (lines > limit) found.push({ file, name: nameOf(node), line: start, lines })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}
