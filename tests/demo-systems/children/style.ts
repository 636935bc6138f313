/** BørneSag look: DUBU/ICS-like grey-blue Java web client, Verdana/Tahoma, boxed tables. /static/boernesag.css */
export const CHILDREN_CSS = `
html,body{margin:0;height:100%}
body{font:12px Tahoma,Verdana,Geneva,sans-serif;color:#222;background:#dfe6ee}
.bs-ramme{display:grid;grid-template-rows:auto auto 1fr;grid-template-columns:250px 1fr;height:100vh}
.bs-top{grid-column:1/3;background:linear-gradient(#5b7aa6,#3e5f8a);color:#fff;padding:6px 12px;display:flex;gap:20px;align-items:center}
.bs-top .bs-produkt{font:bold 16px Georgia,serif}
.bs-top .bs-bruger{margin-left:auto;font-size:11px}
.bs-sagslinje{grid-column:1/3;background:#c9d5e3;border-bottom:1px solid #8ea3bd;padding:4px 12px}
.bs-sagslinje .bs-navn{font-weight:bold}
.bs-venstre{background:#eef2f7;border-right:1px solid #8ea3bd;padding:8px;overflow:auto}
.bs-venstre h2{font:bold 12px Tahoma,sans-serif;background:#8ea3bd;color:#fff;margin:8px -8px 4px;padding:3px 8px}
.bs-trae,.bs-trae ul{list-style:none;margin:0;padding-left:12px}
.bs-trae li{margin:3px 0}
.bs-trae a[aria-current]{font-weight:bold;background:#ffe9a8}
.bs-menu ul{list-style:none;margin:0;padding:0}
.bs-menu a{display:block;padding:3px 6px;color:#1c3e6e;text-decoration:none;border-bottom:1px dotted #b8c4d3}
.bs-menu a:hover,.bs-menu a:focus{background:#d6e0ec}
.bs-indhold{border:0;width:100%;height:100%;background:#fff}
.bs-side{background:#fff;min-height:100%;margin:0;padding:10px 14px}
.bs-personhoved{background:#f3f0d9;border:1px solid #c9c08a;padding:6px 10px;margin-bottom:10px}
.bs-personhoved .bs-navn{font-weight:bold;font-size:14px}
.bs-personhoved .bs-label{color:#666}
.bs-side h1{font:bold 15px Georgia,serif;color:#1c3e6e;margin:6px 0 8px}
.bs-tabel{border-collapse:collapse;width:100%;margin-bottom:12px}
.bs-tabel th{background:#d6e0ec;border:1px solid #8ea3bd;padding:3px 5px;text-align:left;font-weight:bold}
.bs-tabel td{border:1px solid #b8c4d3;padding:3px 5px;vertical-align:top}
.bs-tabel caption{text-align:left;font-weight:bold;padding:2px 0}
.bs-oplysninger{display:grid;grid-template-columns:200px 1fr;gap:2px 10px;margin:0 0 12px}
.bs-oplysninger dt{color:#555}
.bs-oplysninger dd{margin:0;font-weight:bold}
.bs-knapper a,.bs-knap{display:inline-block;background:#e8e8e8;border:1px solid #888;padding:2px 10px;color:#000;text-decoration:none;font:inherit;cursor:pointer;border-radius:2px}
.bs-formular .bs-felt{margin:6px 0}
.bs-formular label{display:inline-block;width:170px;vertical-align:top}
.bs-formular input,.bs-formular select,.bs-formular textarea{font:inherit;width:340px}
.bs-ok{background:#e3f2d9;border:1px solid #8fbf6f;padding:5px 8px}
.bs-fejl{background:#f8dcdc;border:1px solid #c66;padding:5px 8px}
.bs-tom{color:#777;font-style:italic}
`;
