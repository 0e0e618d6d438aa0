package kgraph.testserver;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Neo4j 5 community, the real server, for kgraph's tests and benchmark.
 *
 * <p>{@code NEO4J_PASSWORD=... tests/neo4j/serve} starts it in a new temporary folder on free
 * loopback ports, user {@code neo4j} with that password, database {@code neo4j}. Once Bolt
 * answers a login it prints {@code bolt://127.0.0.1:PORT} as the first line of stdout, and the
 * address of its HTTP server (Neo4j Browser is at /browser/) as the second; then it serves until
 * its stdin closes, stops, and removes the folder. {@code --home DIR} serves an existing Neo4j
 * home instead (one that neo4j-admin imported into) and leaves it in place. Any failure is one
 * line on stderr and exit code 1; Neo4j's own log goes to {@code serve.log} in the folder.
 */
public final class Serve {
    private final Path home;
    private final boolean ownsHome;
    private final PrintStream log;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private NeoBootstrapper server;

    private Serve(Path home, boolean ownsHome, PrintStream log) {
        this.home = home;
        this.ownsHome = ownsHome;
        this.log = log;
    }

    /** A failure the user can act on: its message is the one line printed. */
    private static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            String password = password();
            Path home = args.length == 2 && args[0].equals("--home") ? Path.of(args[1]) : null;
            if (home == null && args.length > 0) {
                throw new Failure("usage: NEO4J_PASSWORD=... serve [--home NEO4J_HOME]");
            }
            boolean owns = home == null;
            if (owns) {
                home = Files.createTempDirectory("kgraph-neo4j-");
            }
            Files.createDirectories(home.resolve("conf"));
            // Neo4j writes its log to stdout and stderr; keep both for what this program says.
            PrintStream log = new PrintStream(
                    new FileOutputStream(home.resolve("serve.log").toFile(), true), true);
            System.setOut(log);
            System.setErr(log);
            Serve serve = new Serve(home, owns, log);
            Runtime.getRuntime().addShutdownHook(new Thread(serve::stop));
            serve.run(password, stdout, System.in);
            System.exit(0);
        } catch (Failure failure) {
            stderr.println("tests/neo4j/serve: " + failure.getMessage());
        } catch (Exception error) {
            stderr.println("tests/neo4j/serve: Neo4j failed: " + rootCause(error));
        }
        System.exit(1);
    }

    private static String password() throws Failure {
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new Failure("set NEO4J_PASSWORD to the password the server should have");
        }
        return password;
    }

    private void run(String password, PrintStream stdout, InputStream stdin) throws Exception {
        // a test server takes any password (NEO4J_PASSWORD=x); neo4j-admin reads this file too
        Path config = home.resolve("conf").resolve("neo4j.conf");
        Files.writeString(config, "dbms.security.auth_minimum_password_length=1\n");
        setInitialPassword(password);
        int bolt = freePort();
        int http = freePort();
        server = new CommunityBootstrapper();
        int code = server.start(home, config, settings(bolt, http), false, false);
        if (code != NeoBootstrapper.OK) {
            throw new Failure("Neo4j did not start (exit code " + code + "): " + lastLogLine());
        }
        String uri = "bolt://127.0.0.1:" + bolt;
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
            driver.verifyConnectivity();
        }
        stdout.println(uri);
        stdout.println("http://127.0.0.1:" + http);
        stdout.flush();
        byte[] buffer = new byte[4096];
        while (stdin.read(buffer) != -1) {
            // serve until whoever started us closes our stdin
        }
        stop();
    }

    /** What neo4j-admin dbms set-initial-password does, before the first start. */
    private void setInitialPassword(String password) throws Failure {
        if (Files.exists(home.resolve("data").resolve("databases").resolve("system"))) {
            return; // a home that has served before keeps its users
        }
        ExecutionContext context = new ExecutionContext(
                home, home.resolve("conf"), log, log, new DefaultFileSystemAbstraction());
        int code = AdminTool.execute(context, "dbms", "set-initial-password", password);
        if (code != 0) {
            throw new Failure("neo4j-admin dbms set-initial-password failed: " + lastLogLine());
        }
    }

    private static Map<String, String> settings(int bolt, int http) {
        return Map.ofEntries(
                Map.entry("server.default_listen_address", "127.0.0.1"),
                Map.entry("server.default_advertised_address", "127.0.0.1"),
                Map.entry("server.bolt.listen_address", "127.0.0.1:" + bolt),
                Map.entry("server.bolt.advertised_address", "127.0.0.1:" + bolt),
                Map.entry("server.http.listen_address", "127.0.0.1:" + http),
                Map.entry("server.http.advertised_address", "127.0.0.1:" + http),
                Map.entry("server.https.enabled", "false"),
                Map.entry("dbms.security.auth_enabled", "true"),
                // no network but loopback: never try to report usage
                Map.entry("dbms.usage_report.enabled", "false"),
                Map.entry("client.allow_telemetry", "false"),
                Map.entry("server.memory.pagecache.size", "512m"),
                // Bolt's network threads wait 5 s for stragglers, twice, on a stop: 0 for tests
                Map.entry("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0"),
                Map.entry("db.tx_log.rotation.retention_policy", "1 files"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private String lastLogLine() {
        Path file = home.resolve("logs").resolve("neo4j.log");
        try (Stream<String> lines = Files.lines(Files.exists(file) ? file : home.resolve("serve.log"))) {
            return lines.filter(line -> line.contains("ERROR")).reduce((a, b) -> b).orElse("see its log");
        } catch (IOException error) {
            return "see its log";
        }
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (server != null) {
            server.stop();
        }
        if (ownsHome) {
            delete(home);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException error) {
            // the folder is temporary: what is left, the system's cleaner removes
        }
    }

    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return (message == null ? cause.getClass().getSimpleName() : message).lines().findFirst().orElse("");
    }
}
