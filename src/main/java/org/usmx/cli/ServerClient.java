package org.usmx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.usmx.store.ServeLock;

/**
 * The CLI's way to a store that a running {@code usmx serve} holds open (TDB2 allows one process
 * per database): commands send their request to that server over HTTP on the loopback address.
 */
final class ServerClient {

    /** The server could not answer; the message says what to do. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    private final ServeLock.Server server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerClient(ServeLock.Server server) {
        this.server = server;
    }

    /** A client for the server holding {@code storeDir}, if one does; says on stderr that it is used. */
    static Optional<ServerClient> forStore(Path storeDir, String command) {
        Optional<ServeLock.Server> holder = ServeLock.holder(storeDir);
        if (holder.isEmpty()) return Optional.empty();
        ServeLock.Server s = holder.get();
        if (s.port() <= 0) {
            throw new Unavailable("the store " + storeDir + " is held by " + s.describe()
                + ", which is still starting; run `usmx " + command + "` again in a few seconds, or stop that process");
        }
        System.err.println("usmx " + command + ": the store is served by " + s.describe() + "; asking it");
        return Optional.of(new ServerClient(s));
    }

    /** GET or POST; the response body as a stream, or {@link Unavailable} with the server's own words. */
    InputStream request(String pathAndQuery, String method, String contentType, String body, String accept, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery)).timeout(timeout).header("Accept", accept);
        if ("POST".equals(method)) b.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        else b.GET();
        try {
            HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() / 100 != 2) {
                String detail;
                try (InputStream in = r.body()) {
                    detail = new String(in.readNBytes(2000), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
                }
                throw new Unavailable("the server answered " + r.statusCode() + (detail.isEmpty() ? "" : ": " + detail));
            }
            return r.body();
        } catch (IOException e) {
            throw new Unavailable("cannot reach " + server.describe() + ": " + Main.describe(e)
                + "; if it is hung, stop it and run the command again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }
}
