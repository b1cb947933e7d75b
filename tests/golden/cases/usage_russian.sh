kolmi --lang ru calls --frm 2026-11-01
