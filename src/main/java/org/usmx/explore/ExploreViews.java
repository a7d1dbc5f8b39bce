package org.usmx.explore;

import java.util.List;

import org.usmx.provenance.CausalNetwork;
import org.usmx.web.PageMeta;

/** The view records of the explore pages (causal network, timeline, the explore index). */
public final class ExploreViews {

    private ExploreViews() {}

    public record Option(String value, String label, boolean selected) {}

    public record NodeRef(String iri, String prefixed, String label, String href) {}

    /** One edge as the page's table lists it (what the page shows without JavaScript). */
    public record EdgeRow(String fromLabel, String fromHref, String toLabel, String toHref, String polarity, int claims,
                          List<String> papers, boolean disputed) {}

    /**
     * The causal explorer: the chosen focus and filters (as form options), the API URL the script
     * draws from, and the same graph as a table.
     */
    public record CausesView(PageMeta meta, NodeRef focus, List<Option> directions, List<Option> depths, List<Option> papers,
                             List<Option> holders, List<Option> modalities, List<NodeRef> choices, String api,
                             String paperNames, CausalNetwork.View graph, List<EdgeRow> rows) {}

    public record SourceRef(String paper, String paperHref, String quote, Integer page) {}

    public record PositionRef(String date, String iso, List<SourceRef> sources) {}

    public record SideRef(String value, String paper, String paperHref, String quote, Integer page) {}

    public record ConflictRef(String href, String topic, List<SideRef> sides) {}

    /** One timeline item: where it links, its date(s) as a reader says them, lane, status and the passages behind each date. */
    /** byPaper: "Downie 2011=2007-10;Deare 2009=2007-03", the dates each paper gives, for the timeline's lanes by paper. */
    public record Entry(String id, boolean around, String href, String label, String property, String date, String iso, String isoDates, String byPaper, String lane, String laneLabel,
                        String papers, String status, List<PositionRef> positions, ConflictRef conflict) {}

    public record Lane(String id, String label, int count) {}

    /** One window of the timeline: items first..last (from 1) of total, and the links to the windows before and after (null at the ends). */
    public record Window(long total, long first, long last, String previous, String next) {}

    public record TimelineView(PageMeta meta, List<Entry> entries, List<Lane> lanes, List<Option> papers, String from, String to,
                               String around, String aroundLabel, Window window) {}

    public record Reader(String href, String title, String shortName) {}

    public record IndexView(PageMeta meta, List<Reader> readers, int conflicts) {}
}
