// The CDN build's CSS minifier (scripts/minify-css.mjs) on the literals as the template plug-in
// hands them over, each `${expression}` as its placeholder `@TEMPLATE_EXPRESSION();`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssText } from '../scripts/minify-css.mjs';

const EXPR = '@TEMPLATE_EXPRESSION();';

describe('the CDN build’s CSS minifier', () => {
  it('keeps the space after an expression, which calc() needs around + and -', () => {
    // `calc(var(--h)+ 6em)` is invalid: the browser dropped the results list's maximum height.
    assert.equal(
      minifyCssText(`.side {\n  max-block-size: calc(${EXPR} + 6em);\n  inset: calc(${EXPR} - ${EXPR});\n}`),
      `.side{max-block-size:calc(${EXPR} + 6em);inset:calc(${EXPR} - ${EXPR});}`,
    );
  });

  it('keeps two expressions of one value apart', () => {
    assert.equal(minifyCssText(`a { padding: ${EXPR} ${EXPR}; }`), `a{padding:${EXPR} ${EXPR};}`);
  });

  it('removes comments and the whitespace CSS never reads, and keeps descendant combinators', () => {
    assert.equal(
      minifyCssText(`/* why */\n.a  .b:hover ,\n.c > d {\n  color : red ;\n  margin: 0 1em;\n}\n`),
      '.a .b:hover,.c > d{color :red;margin:0 1em;}',
    );
  });

  it('still ends a declaration that follows an expression at its semicolon', () => {
    assert.equal(minifyCssText(`a { fill: ${EXPR} ;\n  color: red }`), `a{fill:${EXPR};color:red}`);
  });
});
