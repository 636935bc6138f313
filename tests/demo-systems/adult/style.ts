/** VoksenNet look: Nexus/Bosted-like, purple side menu, cards, Verdana. /static/voksennet.css */
export const ADULT_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 Verdana,Geneva,sans-serif;color:#2a2438;background:#f5f3f8}
.vn-cookie{position:sticky;top:0;z-index:1000;background:#2a2438;color:#fff;padding:12px 20px;display:flex;gap:16px;align-items:center;flex-wrap:wrap;box-shadow:0 2px 8px rgba(0,0,0,.4)}
.vn-cookie p{margin:0;flex:1 1 300px}
.vn-cookie a{color:#d9c8ff}
.vn-cookie button{font:inherit;padding:6px 14px;border-radius:16px;border:1px solid #d9c8ff;background:#6b4fa0;color:#fff;cursor:pointer}
.vn-cookie button[value=noedvendige]{background:transparent}
.vn-top{background:#fff;border-bottom:3px solid #6b4fa0;padding:10px 20px;display:flex;align-items:center;gap:16px}
.vn-top .vn-produkt{font-size:20px;color:#6b4fa0;font-weight:bold}
.vn-top .vn-bruger{margin-left:auto;font-size:12px;color:#665e78}
.vn-layout{display:flex;min-height:calc(100vh - 60px)}
.vn-sidemenu{width:220px;background:#3d2e5c;padding:12px 0}
.vn-sidemenu a{display:block;color:#e9e2f5;padding:8px 18px;text-decoration:none}
.vn-sidemenu a[aria-current=page]{background:#6b4fa0;color:#fff;font-weight:bold}
.vn-sidemenu a:hover,.vn-sidemenu a:focus{background:#54427c}
.vn-indhold{flex:1;padding:16px 24px}
.vn-borgerbanner{background:#fff;border-radius:8px;padding:12px 18px;margin-bottom:16px;box-shadow:0 1px 3px rgba(0,0,0,.12);display:flex;gap:24px;align-items:baseline;flex-wrap:wrap}
.vn-borgerbanner h1{margin:0;font-size:22px}
.vn-borgerbanner p{margin:0;color:#4d4560}
.vn-kort{background:#fff;border-radius:8px;padding:12px 18px;margin-bottom:16px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.vn-kort h2{margin:0 0 10px;font-size:16px;color:#6b4fa0}
.vn-tabel{width:100%;border-collapse:separate;border-spacing:0}
.vn-tabel th{font-size:12px;text-transform:uppercase;color:#665e78;text-align:left;padding:6px 8px;border-bottom:2px solid #ddd3ee}
.vn-tabel td{padding:8px;border-bottom:1px solid #eee8f6;vertical-align:top}
.vn-tabel tr:hover td{background:#faf8fd}
.vn-detaljer{display:grid;grid-template-columns:220px 1fr;gap:4px 16px;margin:0}
.vn-detaljer dt{color:#665e78}
.vn-detaljer dd{margin:0}
.vn-maal li{margin-bottom:6px}
.vn-knap{display:inline-block;background:#6b4fa0;color:#fff;padding:6px 16px;border-radius:16px;text-decoration:none;border:0;font:inherit;cursor:pointer}
.vn-formular .vn-felt{margin-bottom:12px}
.vn-formular label{display:block;font-weight:bold;margin-bottom:4px}
.vn-formular input,.vn-formular select,.vn-formular textarea{font:inherit;padding:6px;border:1px solid #b9abd3;border-radius:4px;width:min(480px,100%)}
.vn-besked{background:#e6f5ea;border-left:4px solid #3c9a5a;padding:8px 12px}
.vn-fejl{background:#fbe9ec;border-left:4px solid #b8334a;padding:8px 12px}
.vn-tom{color:#8a8299;font-style:italic}
`;
