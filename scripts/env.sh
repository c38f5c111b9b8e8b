# Environment for trunk and the tests (sourced by the other scripts).
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
# trunk must not ask the internet for updates; NO_COLOR=1 makes trunk 0.21 exit, "true" is fine.
export TRUNK_SKIP_VERSION_CHECK=true
if [ -n "${NO_COLOR:-}" ]; then export NO_COLOR=true; fi
export CHROMEDRIVER=/usr/bin/chromedriver
