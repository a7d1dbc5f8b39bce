package org.usmx.web;

import java.util.List;

/** The /dumps/ page: the release being served and its dump files. */
public record DumpsView(String dataHash, String release, List<Dump> files) {

    /** One dump: its name, its immutable URL, its stable URL and its media type. */
    public record Dump(String name, String immutableUrl, String latestUrl, String mediaType) {}

    public DumpsView {
        files = List.copyOf(files);
    }

    public PageMeta meta() {
        return PageMeta.of("Dumps", PageMeta.Section.NONE)
            .withDescription("Complete dumps of the usmx-kg graph, release " + release + ", in TriG, N-Quads and JSON-LD.");
    }
}
