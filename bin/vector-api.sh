# Sourced by bin/newsdesk and bin/docker-entrypoint (POSIX sh). The long runs that answer or index
# many articles (the bot, ingest, eval, bench) get the JDK's incubating Vector API (--add-modules
# jdk.incubator.vector), which Lucene uses for its vector and postings arithmetic: questions about a
# tenth faster, indexing about a seventh, the results the same. The JVM then prints one "Using
# incubator modules" line at start, as Elasticsearch's does: fine at the top of a log, noise in
# front of a short command's answer or one-line error, so `ask`, `index`, `health`, … go without.

# Succeeds when the command line (Newsdesk's arguments) names such a command.
wants_vector_api() {
  skip_next=false
  for arg in "$@"; do
    if $skip_next; then
      skip_next=false
      continue
    fi
    case $arg in
      --config) skip_next=true ;;
      -*) ;;
      bot | ingest | eval | bench) return 0 ;;
      *) return 1 ;;
    esac
  done
  return 1
}

# Succeeds when the Java runtime whose home is $1 has the module (its release file lists its
# modules; a trimmed runtime may lack it, and then runs go without, as before).
has_vector_module() {
  [ -n "$1" ] && [ -f "$1/release" ] && grep -q 'jdk\.incubator\.vector' "$1/release"
}
