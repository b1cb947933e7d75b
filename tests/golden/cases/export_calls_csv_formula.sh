# A CDR whose caller is a spreadsheet formula: the calls CSV shows it as
# text (a leading '), numbers with + stay numbers.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
printf '%s\n' '"","=HYPERLINK(""http://x"")","+37060000001","phones","","IAX2/101-00000000","","Dial","","2026-11-27 10:00:00","2026-11-27 10:00:00","2026-11-27 10:01:00",60,60,"ANSWERED","DOCUMENTATION","1798365600.1",""' > formula.csv
kolmi admin import cdr formula.csv
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi calls export --format csv --from 2026-11-27 --till 2026-11-27 | grep -a HYPERLINK
