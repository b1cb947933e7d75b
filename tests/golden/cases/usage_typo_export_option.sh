kolmi calls export --formt pdf -o calls.pdf
