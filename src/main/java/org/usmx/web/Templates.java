package org.usmx.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the JTE templates of {@code src/main/jte}, compiled to classes at build time
 * (jte-maven-plugin), HTML-escaped automatically. Each template takes one typed view record.
 */
public final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {}

    /** {@code render("home.jte", view)}: the template's single {@code @param} receives {@code view}. */
    public static String render(String template, Object view) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, view, out);
        return out.toString();
    }

    /** A template with several parameters, by name. */
    static String renderParams(String template, java.util.Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
