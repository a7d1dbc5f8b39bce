package org.usmx.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Internal SPARQL kept as .rq resources (never built by string concatenation). */
public final class ClasspathQueries {

    private ClasspathQueries() {}

    public static String text(String resource) {
        try (InputStream in = ClasspathQueries.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Query query(String resource) {
        return QueryFactory.create(text(resource));
    }
}
