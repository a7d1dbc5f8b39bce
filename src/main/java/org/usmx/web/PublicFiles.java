package org.usmx.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import io.javalin.http.Context;

import org.usmx.http.Problem;

/**
 * Files an operator publishes beside the graph (a robots.txt, a sitemap, documents they may
 * share), served read-only at {@code /public/<path>} from the directory named by
 * {@code USMX_PUBLIC_DIR}. Each request reads the file as it is on disk, so a file can be
 * replaced without a restart; the validator is its size and modification time. The benchmark uses
 * it for the physical limit of this server: the same number of bytes as a hot path, served as a
 * plain file by the same server.
 */
public final class PublicFiles {

    private final Optional<Path> root;

    public PublicFiles(Optional<Path> root) {
        this.root = root.map(p -> p.toAbsolutePath().normalize());
    }

    /** From {@code USMX_PUBLIC_DIR}; unset or blank publishes nothing. A value that is not a directory stops the start. */
    public static PublicFiles fromEnvironment() {
        String dir = System.getenv("USMX_PUBLIC_DIR");
        if (dir == null || dir.isBlank()) return new PublicFiles(Optional.empty());
        Path root = Path.of(dir.strip());
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("USMX_PUBLIC_DIR must name a directory, got \"" + dir + "\"");
        }
        return new PublicFiles(Optional.of(root));
    }

    /** GET /public/<path>. */
    public void serve(Context ctx) throws IOException {
        String path = ctx.pathParam("path");
        if (root.isEmpty()) throw Problem.notFound("No public files are published by this server.");
        Path file = StaticAssets.SAFE_PATH.matcher(path).matches() ? root.get().resolve(path).normalize() : null;
        if (file == null || !file.startsWith(root.get()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw Problem.notFound("No public file " + path + ".");
        }
        String etag = "\"" + Long.toHexString(Files.size(file)) + "-" + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "public, max-age=300");
        ctx.contentType(StaticAssets.typeOf(path));
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304).result("");
            return;
        }
        ctx.result(Files.readAllBytes(file));
    }
}
