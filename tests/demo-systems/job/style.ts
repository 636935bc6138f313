/** JobSag look: KMD-like dark teal chrome, dense zebra grids, Segoe/Arial. Served as /static/jobsag.css. */
export const JOB_CSS = `
*{box-sizing:border-box}
body.js-app{margin:0;font:13px/1.4 "Segoe UI",Arial,sans-serif;color:#1d2b36;background:#eef2f4}
.js-topbar{display:flex;align-items:center;gap:24px;background:#0b4f5c;color:#fff;padding:6px 16px;height:44px}
.js-logo{font-weight:700;font-size:18px;letter-spacing:.5px}
.js-logo span{color:#7fd3d9}
.js-org{opacity:.85}
.js-user{margin-left:auto;font-size:12px;opacity:.9}
.js-mainnav{background:#0e6a7a;padding:0 16px}
.js-mainnav a{display:inline-block;color:#e6f6f8;padding:8px 12px;text-decoration:none}
.js-mainnav a:hover,.js-mainnav a:focus{background:#0b4f5c}
.js-main{padding:16px 24px;max-width:1400px}
.js-borgerhoved{background:#fff;border-left:6px solid #0e6a7a;padding:10px 16px;margin-bottom:12px;display:flex;align-items:baseline;gap:24px}
.js-borgernavn{margin:0;font-size:20px}
.js-borgercpr{margin:0;font-size:15px;color:#3b4b57}
.js-faner ul{list-style:none;margin:0 0 12px;padding:0;display:flex;gap:2px;border-bottom:2px solid #0e6a7a}
.js-faner a{display:block;padding:6px 14px;background:#d5e3e7;color:#0b4f5c;text-decoration:none;border-radius:3px 3px 0 0}
.js-faner a[aria-current=page]{background:#0e6a7a;color:#fff}
.js-panel{background:#fff;padding:12px 16px;margin-bottom:14px;border:1px solid #c8d5da}
.js-panel h2{font-size:15px;margin:0 0 8px;color:#0b4f5c;text-transform:uppercase;letter-spacing:.4px}
.js-grid{border-collapse:collapse;width:100%;font-size:12px}
.js-grid th{background:#e1ebee;text-align:left;padding:5px 6px;border:1px solid #c8d5da;white-space:nowrap}
.js-grid td{padding:4px 6px;border:1px solid #dbe4e7;vertical-align:top}
.js-grid tbody tr:nth-child(even){background:#f6f9fa}
.js-grid caption{text-align:left;font-weight:600;padding:4px 0}
.js-deltagere{margin:0;padding-left:16px}
.js-stamdata{display:grid;grid-template-columns:180px 1fr;gap:2px 12px;margin:0}
.js-stamdata dt{font-weight:600;color:#3b4b57}
.js-stamdata dd{margin:0}
.js-pager{display:flex;gap:12px;align-items:center;margin:10px 0}
.js-pager a{color:#0b4f5c;font-weight:600}
.js-knap{display:inline-block;background:#0e6a7a;color:#fff;border:0;padding:6px 14px;border-radius:2px;text-decoration:none;font:inherit;cursor:pointer}
.js-knap:hover,.js-knap:focus{background:#0b4f5c}
.js-handlinger{margin:0 0 10px}
.js-form .js-felt{margin-bottom:10px}
.js-form label{display:block;font-weight:600;margin-bottom:2px}
.js-form input,.js-form select,.js-form textarea{font:inherit;padding:4px;border:1px solid #8aa3ab;min-width:320px}
.js-besked{background:#dff3e4;border:1px solid #7cc08f;padding:8px 12px}
.js-fejl{background:#fbe3e3;border:1px solid #d48a8a;padding:8px 12px}
.js-maal li{margin-bottom:4px}
.js-tom td{font-style:italic;color:#6b7b86}
.js-footer{padding:16px 24px;color:#6b7b86;font-size:11px}
.js-pager a[rel=prev]::before{content:"« "}.js-pager a[rel=next]::after{content:" »"}
`;
