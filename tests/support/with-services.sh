#!/bin/sh
# Runs a command (CTest) with the desktop services kubetailor's tests use for real:
# - an unlocked gnome-keyring Secret Service on the current D-Bus session (start this
#   script under dbus-run-session), for the QtKeychain tests;
# - an Xvfb display with a tray host (trayer), exported as KUBETAILOR_TEST_DISPLAY for the
#   tests that take screenshots of a real window or need a system tray.
# Each service that cannot start is reported once; the tests that need it skip with a reason.
set -u
if command -v gnome-keyring-daemon >/dev/null 2>&1 && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    # An unlocked login collection; without --unlock writes fail ("locked collection").
    out=$(printf 'kubetailor-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)
    eval "$(printf '%s\n' "$out" | sed -n 's/^\([A-Z_]*\)=\(.*\)$/export \1="\2"/p')"
    export KUBETAILOR_TEST_KEYRING=1
else
    echo "with-services.sh: no gnome-keyring or no D-Bus session: keychain tests will skip" >&2
fi

xvfb_pid= tray_pid=
if command -v Xvfb >/dev/null 2>&1; then
    disp=:$(( 90 + $$ % 100 ))
    Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    i=0
    while [ $i -lt 50 ] && ! DISPLAY=$disp xdpyinfo >/dev/null 2>&1; do sleep 0.1; i=$((i + 1)); done
    if DISPLAY=$disp xdpyinfo >/dev/null 2>&1; then
        export KUBETAILOR_TEST_DISPLAY="$disp"
        if command -v trayer >/dev/null 2>&1; then
            DISPLAY=$disp trayer --edge top --align right --widthtype pixel --width 200 \
                --height 24 >/dev/null 2>&1 &
            tray_pid=$!
        fi
    else
        echo "with-services.sh: Xvfb did not start: screenshot tests will skip" >&2
    fi
fi
cleanup() {
    [ -n "$tray_pid" ] && kill "$tray_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    return 0
}
trap cleanup EXIT INT TERM
"$@"
rc=$?
exit $rc
