# Sourced by bin/newsdesk and bin/test: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME, the `java` on PATH, then the newest JDK under the usual install folders,
# so the same command works on a laptop with any JDK 21+ and on machines whose default is older.

java_major() {
  # A JDK's release file says its version without starting a JVM (a tenth of a second each).
  local version=""
  if [ -f "$1/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release" | head -n 1)
  fi
  if [ -z "$version" ]; then
    version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "$version"
}

pick_jdk() {
  local candidate major best="" best_major=0
  local from_path=""
  if command -v java >/dev/null 2>&1; then
    from_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  for candidate in "${JAVA_HOME:-}" "$from_path" \
    /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    [ -n "$major" ] && [ "$major" -ge 21 ] || continue
    # The first two candidates are the user's own choice: take them as they are.
    if [ "$candidate" = "${JAVA_HOME:-}" ] || [ "$candidate" = "$from_path" ]; then
      echo "$candidate"
      return 0
    fi
    if [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  [ -n "$best" ] && echo "$best"
}

NEWSDESK_JDK=$(pick_jdk) || true
if [ -z "${NEWSDESK_JDK:-}" ]; then
  echo "newsdesk: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one or set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME=$NEWSDESK_JDK
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8/3.9 still use sun.misc.Unsafe through Guice; JDK 24+ warns about it on every run.
# Maven 3.8's console library writes a colour reset (ESC[0m) at every exit, even in quiet mode and
# without a terminal; this stops it.
if [[ "${MAVEN_OPTS:-}" != *jansi.noreset* ]]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true"
fi
if [ "$(java_major "$JAVA_HOME")" -ge 24 ] && [[ "${MAVEN_OPTS:-}" != *sun-misc-unsafe* ]]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
