/** The one small stylesheet of the exported site (assets/site.css): readable, no web fonts, no scripts. */
import { createHash } from 'node:crypto';

export const SITE_CSS = `:root{--ink:#1b1f24;--muted:#5a6370;--line:#dde2e8;--accent:#9b1c1c;--paper:#fff;font-family:Georgia,'Times New Roman',serif;color:var(--ink);background:var(--paper);line-height:1.55}
*{box-sizing:border-box}body{margin:0}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
a{color:inherit}a:hover{color:var(--accent)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-header{border-bottom:3px solid var(--ink);margin-bottom:1.5rem;font-family:system-ui,sans-serif}
.site-header .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding-top:.8rem;padding-bottom:.8rem}
.site-name{font-family:Georgia,serif;font-size:1.6rem;font-weight:700;text-decoration:none}
.site-header ul,.site-footer ul,.tags ul,.pager ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}
.sections{flex-basis:100%}.languages{margin-left:auto;font-size:.9rem}
.sections a,.languages a{text-decoration:none}
.story{max-width:46rem}
.story h1{font-size:2.2rem;line-height:1.15;margin:.2rem 0 .8rem}
.kicker{font-family:system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;font-size:.8rem;color:var(--accent);margin:0;text-decoration:none}
.standfirst{font-size:1.2rem;color:var(--muted);margin:0 0 .8rem}
.meta{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:.3rem .8rem;margin:.2rem 0}
.dateline{text-transform:uppercase}
.body{font-size:1.1rem}
.body blockquote{border-left:3px solid var(--accent);margin:1.2rem 0;padding-left:1rem;font-style:italic}
.pull-quote blockquote{border:0;font-size:1.4rem;text-align:center;color:var(--accent);padding:0}
figure{margin:1.2rem 0}figure img,.featured img{max-width:100%;height:auto;display:block}
figcaption{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted);margin-top:.3rem}
.credit{font-style:italic}
.correction{border:1px solid var(--line);background:#fbf7ee;padding:.6rem 1rem;margin:1.5rem 0}
.correction h2{font-size:1rem;margin:0 0 .3rem;font-family:system-ui,sans-serif}
.tags{margin:1.2rem 0;font-family:system-ui,sans-serif;font-size:.9rem}
.twin{font-family:system-ui,sans-serif}
.latest{border-top:3px solid var(--ink);margin-top:2.5rem;padding-top:.5rem}
.latest h2,.label{font-family:system-ui,sans-serif;font-size:1.1rem;text-transform:uppercase;letter-spacing:.04em}
.teasers{list-style:none;margin:0;padding:0}
.teasers li{border-bottom:1px solid var(--line);padding:.8rem 0}
.teaser h2,.teaser h3{font-size:1.25rem;line-height:1.25;margin:0 0 .2rem}
.teaser h2 a,.teaser h3 a{text-decoration:none}
.teaser p{margin:.2rem 0}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:0 1.5rem}
.top-story .teaser h3{font-size:2rem}
.pager{margin:1.5rem 0;font-family:system-ui,sans-serif}
.site-footer{border-top:1px solid var(--line);margin-top:3rem;padding:1rem 0;font-family:system-ui,sans-serif;font-size:.9rem;color:var(--muted)}
`;

/** For the preview's inline style element: its hash goes into the CSP instead of 'unsafe-inline'. */
export const SITE_CSS_HASH = `sha256-${createHash('sha256').update(SITE_CSS).digest('base64')}`;
