package org.usmx.sparql;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Tells whether the client of a request has gone away, so that its query can be stopped: nobody
 * will read the answer. Uses Jetty's request failure notification and the connection's end point.
 */
final class ClientConnection {

    private ClientConnection() {}

    /** A check that becomes true once the client of {@code req} has disconnected (never true if that cannot be known). */
    static BooleanSupplier goneCheck(HttpServletRequest req) {
        Request jetty;
        try {
            jetty = ServletContextRequest.getServletContextRequest(req);
        } catch (RuntimeException e) {
            return () -> false;
        }
        if (jetty == null) return () -> false;
        AtomicBoolean failed = new AtomicBoolean();
        try {
            jetty.addFailureListener(t -> failed.set(true));
        } catch (RuntimeException e) {
            // listener not supported here: the end point check remains
        }
        EndPoint endPoint = jetty.getConnectionMetaData().getConnection().getEndPoint();
        // Fuseki has read the whole request (parameters, form or query body) before execution starts
        AtomicBoolean probing = new AtomicBoolean(true);
        return () -> failed.get() || !endPoint.isOpen() || (probing.get() && endOfStream(endPoint, probing));
    }

    /**
     * Jetty does not read from an HTTP/1.1 connection while its request is being handled, so a
     * client's close goes unnoticed until the answer is written. The request has been read
     * whole, so a non-blocking read now finds either nothing (client waiting), the end of the
     * stream (client gone) or the start of a pipelined request; in that last, rare case probing
     * stops (the byte cannot be put back, so the connection is not reused).
     */
    private static boolean endOfStream(EndPoint endPoint, AtomicBoolean probing) {
        try {
            java.nio.ByteBuffer one = org.eclipse.jetty.util.BufferUtil.allocate(1);
            int n = endPoint.fill(one);
            if (n > 0) probing.set(false);
            return n < 0;
        } catch (java.io.IOException | RuntimeException e) {
            return true;
        }
    }
}
