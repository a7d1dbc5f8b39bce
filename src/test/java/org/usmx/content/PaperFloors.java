package org.usmx.content;

import java.util.List;

/** The floors CoverageTest holds each curated paper to (raise them as curation grows). */
final class PaperFloors {

    private PaperFloors() {}

    static final List<CoverageTest.Floors> ALL = List.of(
        // Downie 2011: at least 70 claims, 35 causal; all 54 footnotes (issue 5).
        new CoverageTest.Floors("downie-2011", 400, 150, 54, 30, 100),
        // Deare 2009: at least 40 claims, 20 causal; 31 endnote markers (their text was not extracted).
        new CoverageTest.Floors("deare-2009", 200, 80, 31, 20, 100),
        // Rodríguez Sumano 2007: at least 35 claims, 18 causal; all 45 endnotes.
        new CoverageTest.Floors("rodriguez-sumano-2007", 200, 60, 45, 25, 60),
        // Arzt 2009: the issue asks for all claims (at least 12).
        new CoverageTest.Floors("arzt-2009", 70, 20, 1, 6, 10));
}
