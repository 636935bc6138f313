/** SundhedsPortalen look: modern green SPA, cards, system-ui font. /static/sundhed.css */
export const HEALTH_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#18322a;background:#f1f7f4}
.sp-appbar{display:flex;align-items:center;gap:18px;background:#136f4b;color:#fff;padding:10px 24px}
.sp-brand{color:#fff;text-decoration:none;font-size:19px}
.sp-org{opacity:.85;font-size:13px}
.sp-user{margin-left:auto;font-size:13px}
.sp-app{max-width:1100px;margin:0 auto;padding:20px}
.sp-loading{color:#4f6b60;font-style:italic}
.sp-patient{display:flex;gap:20px;align-items:baseline;flex-wrap:wrap;background:#fff;border-radius:12px;padding:14px 20px;margin-bottom:14px;border:1px solid #cfe3d9}
.sp-patient-name{margin:0;font-size:22px}
.sp-patient-cpr{font-family:ui-monospace,Consolas,monospace;font-size:16px;background:#e3f1ea;padding:2px 8px;border-radius:6px}
.sp-patient-born{color:#4f6b60}
.sp-tabs{display:flex;gap:6px;flex-wrap:wrap;margin-bottom:16px}
.sp-tabs a{padding:6px 14px;border-radius:999px;background:#e3f1ea;color:#136f4b;text-decoration:none}
.sp-tabs a[aria-current=page]{background:#136f4b;color:#fff}
.sp-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}
.sp-card{background:#fff;border-radius:12px;padding:14px 16px;border:1px solid #cfe3d9}
.sp-card-title{margin:0 0 8px;font-size:16px}
.sp-fields{display:grid;grid-template-columns:130px 1fr;gap:2px 10px;margin:0;font-size:14px}
.sp-fields dt{color:#4f6b60}
.sp-fields dd{margin:0}
.sp-goals{margin:6px 0 0;padding-left:20px}
.sp-table{width:100%;border-collapse:collapse;background:#fff;border-radius:12px;overflow:hidden}
.sp-table th,.sp-table td{text-align:left;padding:8px 12px;border-bottom:1px solid #e1ede7}
.sp-table th{background:#e3f1ea}
.sp-actions{margin:0 0 12px;display:flex;gap:8px;flex-wrap:wrap}
.sp-button{display:inline-block;background:#136f4b;color:#fff;border:0;border-radius:8px;padding:7px 14px;text-decoration:none;font:inherit;cursor:pointer}
.sp-button.secondary{background:#e3f1ea;color:#136f4b}
.sp-form{background:#fff;border-radius:12px;padding:16px 20px;border:1px solid #cfe3d9;max-width:640px}
.sp-field{margin-bottom:12px}
.sp-field label{display:block;font-weight:600;margin-bottom:3px}
.sp-field input,.sp-field select,.sp-field textarea{font:inherit;width:100%;padding:7px;border:1px solid #9fc3b2;border-radius:8px}
.sp-toast{background:#d9f2e4;border:1px solid #6bb58f;border-radius:8px;padding:8px 12px}
.sp-error{background:#fde7e7;border:1px solid #d98b8b;border-radius:8px;padding:8px 12px}
.sp-empty{color:#4f6b60;font-style:italic}
.sp-contacts{list-style:none;padding:0;margin:0;display:grid;gap:8px}
.sp-contact{background:#fff;border:1px solid #cfe3d9;border-radius:10px;padding:8px 12px}
`;
