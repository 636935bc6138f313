/** The SPA shell: the same HTML for every page URL; /static/app.js renders everything after fetching /api/... */
import { html, type SafeHtml } from '../shared/html';

export function shellHtml(): SafeHtml {
  return html`<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SundhedsPortalen</title>
<link rel="stylesheet" href="/static/sundhed.css">
<script type="module" src="/static/app.js"></script>
</head>
<body>
<header class="sp-appbar">
  <a class="sp-brand" href="/">Sundheds<strong>Portalen</strong></a>
  <span class="sp-org">Sundhed og Genoptræning · Demoby Kommune</span>
  <span class="sp-user">Camilla Enevoldsen (CE9012)</span>
</header>
<div id="app" class="sp-app" aria-live="polite" aria-busy="true"><p class="sp-loading">Indlæser SundhedsPortalen…</p></div>
<noscript><p>SundhedsPortalen kræver JavaScript.</p></noscript>
</body>
</html>`;
}
