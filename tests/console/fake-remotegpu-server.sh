#!/bin/sh
# Stands in for remotegpu-server in the LocalServer and LoginDialog tests. It logs JSON lines on
# stderr as the real server does and behaves as FAKE_SERVER_MODE says:
#   ready  (default) announce FAKE_SERVER_PORT (default 4321) as listening; exit 0 on SIGTERM
#   fail   log an error and exit with code 3 before listening
#   silent never announce anything; exit 0 on SIGTERM
#   stubborn announce, then ignore SIGTERM
echo "{\"level\":\"info\",\"msg\":\"starting\",\"args\":\"$*\"}" >&2
echo "plain stdout noise"

wait_forever() {
  while :; do
    sleep 1 &
    wait $!
  done
}

case "${FAKE_SERVER_MODE:-ready}" in
  ready)
    trap 'echo "{\"level\":\"info\",\"msg\":\"stopped\"}" >&2; exit 0' TERM
    echo "{\"level\":\"info\",\"msg\":\"listening\",\"address\":\"127.0.0.1\",\"port\":${FAKE_SERVER_PORT:-4321},\"workers\":1}" >&2
    wait_forever
    ;;
  fail)
    echo '{"level":"error","msg":"cannot open the database","error":"connection refused"}' >&2
    exit 3
    ;;
  silent)
    trap 'exit 0' TERM
    wait_forever
    ;;
  stubborn)
    trap '' TERM
    echo "{\"level\":\"info\",\"msg\":\"listening\",\"port\":${FAKE_SERVER_PORT:-4321}}" >&2
    wait_forever
    ;;
esac
