package org.usmx.content;

import java.util.List;

/** The floors CoverageTest holds each curated paper to (raise them as curation grows). */
final class PaperFloors {

    private PaperFloors() {}

    static final List<CoverageTest.Floors> ALL = List.of(
        // Arzt 2009: the issue asks for all claims (at least 12).
        new CoverageTest.Floors("arzt-2009", 70, 20, 0, 1, 10));
}
