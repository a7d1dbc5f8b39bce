package org.usmx.sparql;

/**
 * A query the endpoint will not run, with the HTTP status and a message that tells the caller
 * what to change. Thrown before any work is spent on the query (or when a limit stops it).
 */
public final class QueryRefused extends RuntimeException {

    private final int status;
    private final int retryAfterSeconds;

    public QueryRefused(int status, String message) {
        this(status, message, 0);
    }

    public QueryRefused(int status, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() { return status; }

    /** Seconds a client should wait before retrying (Retry-After), or 0 when retrying will not help. */
    public int retryAfterSeconds() { return retryAfterSeconds; }
}
