# --lang is global: the message is about kolmi, not the command after it.
kolmi main --lang de
