# kolmi help COMMAND is kolmi COMMAND --help, with examples at the end.
kolmi help calls
