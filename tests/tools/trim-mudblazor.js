// Keeps only the MudBlazor rules whose selectors can match the site's rendered pages.
// usage: node trim-mudblazor.js <MudBlazor.min.css> <folder of rendered .html pages> <output.css> <MudBlazor version>
// PurgeCSS keeps a rule when every class, id and element in one of its selectors occurs as a word in some
// page, so a component variant that no page renders is dropped; CSS variables, keyframes and font faces
// are kept whole (the pages name none of the variables that css/mudblazor.theme.css defines and these rules read).
const fs = require('node:fs');
const path = require('node:path');
const { PurgeCSS } = require('purgecss');

async function main() {
  const [cssPath, htmlDir, outPath, version] = process.argv.slice(2);
  if (!cssPath || !htmlDir || !outPath || !version) {
    console.error('usage: node trim-mudblazor.js <MudBlazor.min.css> <pages folder> <output.css> <version>');
    process.exit(2);
  }
  const pages = fs.readdirSync(htmlDir).filter(f => f.endsWith('.html')).map(f => path.join(htmlDir, f));
  if (pages.length === 0) {
    console.error(`no .html pages in ${htmlDir}`);
    process.exit(2);
  }
  const [result] = await new PurgeCSS().purge({
    content: pages,
    css: [cssPath],
    fontFace: false,
    keyframes: true,
    variables: false,
  });
  const header = `/* MudBlazor ${version} MudBlazor.min.css (MIT, https://mudblazor.com), trimmed to the rules the site's pages use ` +
    `by tests/tools/trim-mudblazor.js over every page the site links to. Generated: do not edit; ` +
    `the MudBlazorCss test regenerates it and fails when it is out of date. */\n`;
  fs.writeFileSync(outPath, header + result.css.trim() + '\n');
  console.log(`${pages.length} pages, ${fs.statSync(cssPath).size} -> ${fs.statSync(outPath).size} bytes`);
}

main().catch(e => { console.error(e); process.exit(1); });
