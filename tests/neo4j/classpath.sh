# Sourced by serve, neo4j-admin and cypher-shell beside it: builds one of this folder's Maven
# projects on first use and prints its classpath, cached in target/ for the starts after.
# Maven fetches the jars from Maven Central into its own repository (~/.m2), nothing by hand.

neo4j_tools=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# JVM options Neo4j 5 needs on Java 17 (those of the neo4j.conf it ships)
neo4j_jvm_options=(
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions
    -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024
    -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)

neo4j_java() {
    if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}

# neo4j_classpath POM NAME: the classpath of the project POM (pom.xml or cypher-shell.xml),
# built if missing or older than its sources; NAME says what fails in the one-line error.
neo4j_classpath() {
    local pom="$neo4j_tools/$1" name="$2" target cache
    target="$neo4j_tools/target"
    [[ "$1" == pom.xml ]] || target="$target/${1%.xml}"
    cache="$target/classpath.txt"
    mkdir -p "$target"
    (
        flock 9  # two first starts at once build once
        if [[ -s "$cache" && -z "$(find "$pom" "$neo4j_tools/src" -newer "$cache" 2>/dev/null)" ]] \
            && [[ -e "$(cut -d: -f1 "$cache")" ]]; then
            exit 0
        fi
        rm -f "$cache"
        if ! command -v mvn >/dev/null; then
            echo "$name: mvn is not on the PATH; install Maven (apt-get install maven)" >&2
            exit 1
        fi
        if ! mvn -q -B -Dstyle.color=never -f "$pom" package >"$target/build.log" 2>&1 || [[ ! -s "$cache" ]]; then
            echo "$name: mvn could not fetch or build $1 (see ${target#"$PWD/"}/build.log)" >&2
            exit 1
        fi
    ) 9>"$target/.lock" || return 1
    if [[ "$1" == pom.xml ]]; then
        echo "$target/classes:$(cat "$cache")"
    else
        cat "$cache"
    fi
}
