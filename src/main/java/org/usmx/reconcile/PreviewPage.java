package org.usmx.reconcile;

/**
 * The HTML of a preview, shown by a reconciliation client (OpenRefine) in a small frame. The web
 * package supplies it as a template; {@code pageHref} is the node's page on this service, absolute
 * (the frame is on the client's origin).
 */
@FunctionalInterface
public interface PreviewPage {

    String render(Reconciler.Preview preview, String pageHref);
}
