// A TypeDoc plugin: header links written `@root/…` point from every page to the site's root.
// TypeDoc writes `navigationLinks` as given, so a plain relative link breaks below the home page.
import { PageEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    const depth = page.url.split('/').length - 1;
    page.contents = page.contents.replaceAll(
      'href="@root/',
      `href="${depth === 0 ? './' : '../'.repeat(depth)}`,
    );
  });
}
