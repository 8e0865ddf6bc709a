package io.kubeledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of Debian's package, on loopback and a free port, in a folder of
 * its own, for the tests. It refuses to run as root, so as root it runs as the package's
 * {@code postgres} user.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "kubeledger";

    private final Path binaries;

    private final Path folder;

    private final Path data;

    private final int port;

    private int databases;

    private PostgresServer(Path binaries, Path folder, int port) {
        this.binaries = binaries;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
    }

    /**
     * Starts a server in a new folder under the system's temporary folder, where the
     * postgres user can reach it.
     */
    static PostgresServer start() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("kubeledger-postgres");
        Path binaries;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            binaries = versions.map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException(
                        "no PostgreSQL server: the build's " + "install-test-servers step installs Debian's package"));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = LoopbackPort.free();
        PostgresServer server = new PostgresServer(binaries, folder, port);
        server.run("initdb", "-D", server.data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync");
        server.run("pg_ctl", "-D", server.data.toString(), "-w", "-l", folder.resolve("postgres.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + folder + " -c fsync=off", "start");
        return server;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database of this server, for a test of its own. */
    String createDatabase() throws IOException, InterruptedException {
        String database = "kubeledger" + ++databases;
        run("createdb", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, database);
        return database;
    }

    /** The arguments that make a run use a database of this server. */
    List<String> arguments(String database) {
        return List.of("--spring.datasource.url=" + url(database), "--spring.datasource.username=" + USER,
                "--spring.datasource.password=");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-m", "immediate", "stop");
        BrokenSampleEndToEndTests.delete(folder);
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

}
