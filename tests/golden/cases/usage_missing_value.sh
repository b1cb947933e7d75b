kolmi calls --from
