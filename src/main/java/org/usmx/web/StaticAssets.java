package org.usmx.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.javalin.http.Context;

/**
 * The files under {@code src/main/resources/static/}, served at {@code /static/{version}/{path}}.
 * The version is a hash of every asset's bytes, so a changed file gets a new URL and browsers may
 * keep each URL for a year without asking again. (Javalin's static plugin is unavailable: Javalin
 * runs as a servlet inside Fuseki.)
 */
public final class StaticAssets {

    private static final String ROOT = "static/";
    /** Relative paths of plain names only: no "..", no hidden files, no backslashes. */
    static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
        Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
        Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

    /** Every asset: path under static/ → bytes. Read once; the classpath does not change while running. */
    private static final Map<String, byte[]> FILES = readAll();
    public static final String VERSION = versionOf(FILES);

    private StaticAssets() {}

    /** The URL of an asset, e.g. {@code url("site.css")} → {@code /static/3f2a9c01bd/site.css}. */
    public static String url(String path) {
        if (!FILES.containsKey(path)) throw new IllegalArgumentException("no static asset " + path);
        return "/static/" + VERSION + "/" + path;
    }

    /** GET /static/{version}/<path>: the asset, gzipped when a .gz twin exists and the client accepts it. */
    public static void serve(Context ctx) {
        String path = ctx.pathParam("path");
        byte[] body = SAFE_PATH.matcher(path).matches() ? FILES.get(path) : null;
        if (body == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("No static asset " + path);
            return;
        }
        // an old version asked for (a page cached before a release) still gets the file, but not for a year
        ctx.header("Cache-Control", VERSION.equals(ctx.pathParam("version"))
            ? "public, max-age=31536000, immutable" : "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(typeOf(path));
        byte[] gz = FILES.get(path + ".gz");
        if (gz != null) {
            ctx.header("Vary", "Accept-Encoding");
            String accept = ctx.header("Accept-Encoding");
            if (accept != null && accept.contains("gzip")) {
                ctx.header("Content-Encoding", "gzip");
                body = gz;
            }
        }
        ctx.result(body);
    }

    /** The media type of a file by its name (LICENSE and SOURCE files are text). */
    static String typeOf(String path) {
        return TYPES.getOrDefault(extension(path), path.endsWith("LICENSE") || path.endsWith("SOURCE")
            ? "text/plain; charset=utf-8" : "application/octet-stream");
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }

    private static Map<String, byte[]> readAll() {
        URL marker = StaticAssets.class.getClassLoader().getResource(ROOT + "site.css");
        if (marker == null) throw new IllegalStateException("static/site.css is not on the classpath");
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if ("jar".equals(marker.getProtocol())) {
                JarFile jar = ((JarURLConnection) marker.openConnection()).getJarFile();
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    if (!e.isDirectory() && e.getName().startsWith(ROOT)) {
                        try (InputStream in = jar.getInputStream(e)) {
                            files.put(e.getName().substring(ROOT.length()), in.readAllBytes());
                        }
                    }
                }
            } else {
                Path root = Path.of(marker.toURI()).getParent();
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Map.copyOf(files);
    }

    private static String versionOf(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((name, bytes) -> {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
