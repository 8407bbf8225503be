# Sourced by the bench scripts. Maven offline first (fast); online when a plugin or dependency is
# not in ~/.m2 yet, as on a fresh machine, instead of failing there. Never `install`: ~/.m2 is shared.
mvn_quiet() { ./mvnw -B -q -o "$@" >/dev/null 2>&1 || ./mvnw -B -q "$@"; }
