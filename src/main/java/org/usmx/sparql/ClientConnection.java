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
        return () -> failed.get() || !endPoint.isOpen();
    }
}
