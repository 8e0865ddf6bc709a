package io.kubeledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a real server (Azurite) that misbehaves on demand as networks
 * and Azure do: it answers the next connections with an HTTP error and closes them, or
 * passes a connection through and resets it once the answer has carried a given number of
 * bytes (a download broken mid-way).
 */
final class FaultyProxy implements AutoCloseable {

    private final ServerSocket server;

    private final int targetPort;

    private final AtomicInteger errorsLeft = new AtomicInteger();

    private volatile String errorStatus = "503 Service Unavailable";

    private final AtomicInteger cutsLeft = new AtomicInteger();

    private final AtomicInteger cutsMade = new AtomicInteger();

    private volatile long cutAfterBytes = -1;

    FaultyProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "faulty-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The {@code kubeledger.azure.blob-endpoint} template that reaches Azurite through
     * this proxy.
     */
    String endpoint() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/{account}";
    }

    /** The next {@code count} connections are answered with this status and closed. */
    void failNext(int count, String status) {
        errorStatus = status;
        errorsLeft.set(count);
    }

    /**
     * The next {@code count} connections are cut, and reset, once their answers have
     * carried this many bytes.
     */
    void cutNext(int count, long bytes) {
        cutAfterBytes = bytes;
        cutsLeft.set(count);
    }

    /** How many connections were cut so far. */
    int cutsMade() {
        return cutsMade.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread connection = new Thread(() -> serve(client), "faulty-proxy-connection");
                connection.setDaemon(true);
                connection.start();
            }
            catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            if (errorsLeft.getAndDecrement() > 0) {
                client.getInputStream().read(new byte[8192]);
                client.getOutputStream()
                    .write(("HTTP/1.1 " + errorStatus + "\r\nContent-Length: 0\r\n" + "Connection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            try (Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                Thread upstream = new Thread(() -> copy(client, target, -1), "faulty-proxy-upstream");
                upstream.setDaemon(true);
                upstream.start();
                if (!copy(target, client, cutsLeft.getAndDecrement() > 0 ? cutAfterBytes : -1)) {
                    client.setSoLinger(true, 0); // a reset, not an orderly end
                    cutsMade.incrementAndGet();
                }
            }
        }
        catch (IOException e) {
            // the client or Azurite went away: the connection simply ends
        }
    }

    /**
     * Copies until the end or, with a limit, until that many bytes; false when it stopped
     * at the limit.
     */
    private static boolean copy(Socket from, Socket to, long limit) {
        byte[] buffer = new byte[8192];
        long copied = 0;
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (limit >= 0 && copied + n >= limit) {
                    out.write(buffer, 0, (int) (limit - copied));
                    out.flush();
                    return false;
                }
                out.write(buffer, 0, n);
                out.flush();
                copied += n;
            }
        }
        catch (IOException e) {
            // either side closed: stop copying
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

}
