# A mistyped option: did you mean, and where the help is.
kolmi calls --frm 2026-11-01
