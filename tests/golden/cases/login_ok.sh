kolmi login -u demo --password-stdin <<< demo && stat -c "session file mode %a" session
