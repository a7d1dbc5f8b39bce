package org.usmx.curation.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Downie 2011: the recipe reproduces the committed canonical text and layout from the two raw extractions. */
class DownieRecipeTest extends PaperTextContract {

    @Override
    String paper() {
        return "downie-2011";
    }

    private static final String ID = "downie-2011";

    private String body() {
        return text().substring(0, text().indexOf("\n\nNotes\n\n"));
    }

    private static int count(String haystack, String needle) {
        return haystack.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void fiftyFourMarkersInOrderEachAfterItsSentence() {
        List<CleanedText.NoteMarker> markers = cleaned().markers();
        assertEquals(54, markers.size());
        for (int i = 0; i < markers.size(); i++) assertEquals(i + 1, markers.get(i).number());
        String t = text();
        assertMarkerAfter(t, 1, "longtime observers were the most surprised of all.", " The Mexican military has had frosty");
        assertMarkerAfter(t, 2, "Would US/Mexican defense relations continue to advance?", " At that time,");
        assertMarkerAfter(t, 12, "to create the US Northern Command", " and assigned it with missions");
        assertMarkerAfter(t, 20, "in a manner deferential to Mexican sovereignty.", " Subsequently, the Mexican military");
        assertMarkerAfter(t, 27, "through the end of his “sexenio (six-year term).”", " The next presidential election");
        assertMarkerAfter(t, 29, "Once elected, be it a PAN, PRI, or PRD government,", " the new administration will use");
        assertMarkerAfter(t, 35, "in favor of an approach that reflects accommodation with the narcotraffickers.", "\n\n2). Impact on US/Mexico Defense Relationship.");
        assertMarkerAfter(t, 41, "Cardoso later advocated legalization of cocaine.", " In August 2010 even President Calderón");
        assertMarkerAfter(t, 53, "that will assist our mutual efforts in successfully confronting the TCOs.", " Given the importance");
        assertMarkerAfter(t, 54, "for weapons and cash headed south.", " Yet the issues most important to Mexico");
        assertMarkersAscendBefore("\n\nNotes\n\n");
    }

    private void assertMarkerAfter(String t, int note, String before, String after) {
        assertEquals(1, count(t, before), before);
        int end = t.indexOf(before) + before.length();
        assertEquals(cp(t, end), cleaned().markers().get(note - 1).offset(), "marker " + note);
        assertTrue(t.startsWith(after, end), "marker " + note);
    }

    @Test
    void fiftyFourNotesAfterTheBodyInNumberOrder() {
        String t = text();
        String notes = t.substring(t.indexOf("\n\nNotes\n\n") + "\n\nNotes\n\n".length());
        String[] ps = notes.strip().split("\n\n");
        assertEquals(54, ps.length);
        for (int i = 0; i < ps.length; i++) assertTrue(ps[i].startsWith((i + 1) + " "), ps[i]);
        assertTrue(notes.startsWith("1 General Victor “Gene” Renuart, Commander US Northern Command, comment made during presentation"));
        assertTrue(notes.contains("\n\n26 Deare, p. 3.\n\n"));
        // note 35 is restored from 001
        assertTrue(notes.contains("\n\n35 Rubén Aguilar V. and Jorge Castañeda, El Narco: La Guerra Fallida (Mexico City: Punto de Lectura, 2009).\n\n"));
        // note 41's URL line is joined
        assertTrue(notes.contains("CNN, February 11, 2009. <http://www.cnn.com/2009/WORLD/americas/02/11/brazil.marijuana/index.html?iref=allsearch>.\n\n"));
        assertTrue(notes.contains("\n\n53 Erik Kjonnerod has highlighted that Israeli-American and Cuban-American groups offer useful examples in this regard.\n\n"));
        assertTrue(notes.endsWith("\n\n54 Conference at the Mexican Naval War College (Centro de Estudios Superiores Navales [CESNAV]), Mexico City, Mexico, April 2011.\n"));
        assertEquals(1, count(t, "\nNotes\n"));
        // no footnote text is left in the body
        assertFalse(body().contains("Turbiville, pg. 28."));
        assertFalse(body().contains("Bonner, p. 38."));
    }

    @Test
    void noMarkersMarkupFurnitureOrHyphenationArtefactsRemain() {
        String t = text();
        assertFalse(Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]").matcher(t).find(), "superscript marker left");
        assertFalse(t.contains("*"), "italics markup left");
        assertFalse(t.contains("<ul") || t.contains("style="), "HTML left");
        assertFalse(Pattern.compile("(?m)^- ").matcher(t).find(), "list markup left");
        assertFalse(Pattern.compile("\\p{L}- \\p{Ll}").matcher(t).find(), "broken hyphenation left");
        assertFalse(Pattern.compile("(?m)^\\d{1,2} \\D").matcher(body()).find(), "folio left in the body");
        assertFalse(t.contains("  "), "double space");
        assertFalse(t.contains("\u00a0"), "no-break space");
        assertFalse(t.contains("Contents"), "table of contents left");
        assertFalse(t.contains("Preface 4") || t.contains("4. Recommendations 31"));
        assertFalse(t.contains("Abraham Lincoln Hall") || t.contains("20319-5066"), "back cover left");
        assertFalse(t.contains("US-NORTHCOM"));
        // from the Preface on, body paragraphs start with a capital, a digit or a quotation mark (no continuation left unjoined)
        for (String p : body().substring(body().indexOf("Preface\n\n")).split("\n\n")) assertFalse(Character.isLowerCase(p.charAt(0)), p);
    }

    @Test
    void cutParagraphsAreRejoined() {
        String b = body();
        for (String joined : List.of(
                "the Mexican military has made this historical baggage a part of their professional ethos. Accordingly,",
                "invited then Mexican Secretary of Defense General Enrique Cervantes Aguirre to visit then US Secretary of Defense William Cohen,",
                "President Calderón's tasking of his military to confront the TCOs in coordination with the United States",
                "in a manner deferential to Mexican sovereignty. Subsequently,",
                "traveled to Mexico to meet with Admiral Francisco Saynéz Mendoza and General Guillermo Galván Galván",
                "assisting Mexican military forces. USNORTHCOM coordinated the delivery of aircraft",
                "Indeed, the public's perception and level of popular support for the current strategy",
                "Additionally, this option encompasses the concept that the United States and Mexico",
                "Ninety percent of drug-related deaths have involved conflicts between the narcotraffickers themselves;",
                "For example, two well-known observers and former Mexican officials, Jorge Castañeda and Rubén Aguilar,",
                "both for equipment and training of Mexican law enforcement personnel,",
                "Both President Vicente Fox (2000–2006) and his successor, President Calderón, intended",
                "with their Mexican counterparts. In the past several years,",
                "have called for the legalization of marijuana; Cardoso later advocated",
                "broker agreements defining geographical trafficking corridors to the United States for each cartel.",
                "may be insufficient time for the PRI to have transformed the party “machinery”",
                "in both Mexico and the United States must seek to galvanize pressure",
                "that can be accomplished through a bi-national partnership.",
                "are the most controversial, painful, and divisive for the United States.",
                "In many ways these critics are right.")) {
            assertEquals(1, count(b, joined), joined);
        }
        // the photo caption moved out of that sentence follows its paragraph
        assertTrue(b.contains("painful, and divisive for the United States.\n\nBell-412 Helicopter formal delivery ceremony"));
        assertTrue(b.contains("the Merida Initiative.\n\nOver the past several years, the improving US/Mexican defense relationship"));
        // every body paragraph ends a sentence, unless it is a heading, front matter, a caption title or a table row
        for (String p : b.split("\n\n")) {
            boolean ok = Pattern.compile("[.:?!\"”)]$").matcher(p).find() || p.contains("\t") || p.length() < 160;
            assertTrue(ok, p);
        }
    }

    @Test
    void frontMatterHeadingsAndTable() {
        String t = text();
        assertTrue(t.startsWith("CHDS Occasional Paper\n\nJuly 2011 Volume 1 Number 1\n\nStrategic Issues in US/Latin American Relations\n\n"
                + "Critical Strategic Decisions in Mexico: the Future of US/Mexican Defense Relations\n\nby Dr. Richard D. Downie\n\n"
                + "Center for Hemispheric Defense Studies\n\nNational Defense University\n\nLayout Design: Vitmary “Vivian” Rodriguez\n\n"));
        assertTrue(t.contains("\n\nSeries Editor: Dr. Howard J. Wiarda\n\nPreface\n\nWith this study"));
        assertTrue(body().endsWith("The time to take action to demonstrate US resolve in this fight so critical to US interests is now."));
        List<String> paragraphs = List.of(t.split("\n\n"));
        for (String h : List.of("Preface", "Executive Summary", "1. Introduction",
                "2. Historical Context: The \"Distant\" and Changing US/Mexico Defense Relationship",
                "The Catalyst for Improved US/Mexican Defense Relations: President Calderón's Decision to Confront Transnational Criminal Organizations",
                "A Maturing, But Still Fragile US/Mexico Defense Relationship",
                "3. Where is the Relationship Going—and Why? Potential Options for Critical Strategic Decision",
                "Option A. Continue the Calderón Administration's Strategy against TCOs and Impunity (Military Lead Role)",
                "Option B. Assign Law Enforcement (Rather than the Military) the Lead Role in Combating TCOs.",
                "Option C. Adopt a New Violence-Reduction Strategy Addressesing the Social Causes Underpinning Mexico’s Culture of Lawlessness and Impunity",
                "Option D. Adopt a Strategy to Tacitly Accommodate or Negotiate Directly with TCOs",
                "1). Discussion of option.", "1). Discussion of Option.", "2). Impact on US/Mexico Defense Relationship.",
                "Summary of Options to Counter TCO Threats", "4. Recommendations.",
                "Demonstrate Success during a Rapidly Closing “Window of Opportunity.”",
                "Identify Realistically Attainable Objectives and Manage Expectations.", "Notes",
                "A. Maintain the Calderón administration's current approach.", "D. Accommodate or negotiate with the TCOs.",
                "Identify realistically attainable objectives and manage expectations.",
                "The Annexation of Northern Mexico 1845–1848")) {
            assertTrue(paragraphs.contains(h), h);
        }
        assertTrue(paragraphs.contains("Options\tOption A: Military in Lead Role\tOption B: Law Enforcement Lead Role vs. TCOs\t"
                + "Option C: Socially based Alternatives\tOption D: Accommodation/Negotiation with TCOs"));
        assertTrue(paragraphs.contains("Disadvantages\tPopular support for current strategy is decreasing\tPolice reforms necessary for effective transfer"
                + " of lead role will take years\tSocially based approaches may require a law enforcement component to achieve success\t"
                + "Institutionalizes culture of impunity—makes sham of \"rule of law\" efforts"));
    }

    @Test
    void wordsRestoredFromTheWitnessAndKeptSlipsStay() {
        String t = text();
        // 001's readings restored (the recipe's replace steps each match exactly once)
        for (String restored : List.of("current USNORTHCOM commanders", "Renuart%2003-11-10.pdf", "presidencial approval rating",
                "Strategy Addressesing the Social Causes", "obeisance to the law", "police compnent of that strategy",
                "military personal and units", "Statement by General Victor E. Renaurt Jr.,")) {
            assertEquals(1, count(t, restored), restored);
        }
        assertEquals(0, count(t, "Renaud%2003-11-10.pdf"));
        // slips kept as printed
        assertTrue(t.contains("Jorge Casteñeda and Ruben Águilar, have expressed a worrisome perspective."));
        assertTrue(t.contains("the adoption of Option B could be quite problematic for Mexico."));
        assertTrue(t.contains("must make after taking office in December 2013:"));
        assertTrue(t.contains("(by Craig Deare, Strategic Forum [July 2009], no. 234, <http://www.ndu.edu/inss>)"));
        assertTrue(t.contains("March 20, March 2011,"));
        assertTrue(t.contains("6 Riding, pp. 16–317."));
        assertTrue(t.contains("Gov. Enrique Peña Nieto"));
        assertTrue(t.contains("html?_r1&sq=carlospascual."));
        assertTrue(t.contains("Dr. Abelardo Rodríguez Sumano, November 8, 2010"));
        assertTrue(t.contains("Admiral Mariano Francisco Saynez Mendoza, Mexican Secretary of the Navy"));
    }

    @Test
    void pageSpansFromTheWitness() {
        List<CleanedText.PageSpan> pages = cleaned().pages();
        assertEquals(32, pages.size());
        String t = text();
        int bodyEnd = cp(t, t.indexOf("\n\nNotes\n\n"));
        for (int i = 0; i < pages.size(); i++) {
            CleanedText.PageSpan p = pages.get(i);
            assertEquals(4 + i, p.page());
            assertTrue(p.end() > p.start());
            if (i > 0) assertEquals(pages.get(i - 1).end(), p.start());
            assertTrue(List.of("printed", "inferred").contains(p.certainty()));
        }
        assertEquals(bodyEnd, pages.get(31).end());
        assertEquals(cp(t, t.indexOf("Preface\n\nWith this study")), pages.get(0).start());
        List<Integer> printed = pages.stream().filter(p -> p.certainty().equals("printed")).map(CleanedText.PageSpan::page).toList();
        assertEquals(List.of(4, 5, 7, 8, 16, 17, 18, 22, 23, 25, 27, 30, 31, 32, 34), printed);
        assertPageStartsAt(8, "More recent tensions in US/Mexican relations");
        assertPageStartsAt(10, "ethos. Accordingly,");
        assertPageStartsAt(16, "US NORTHCOM coordinated with the Mexican Army and Air Force");
        assertPageStartsAt(22, "Option B. Assign Law Enforcement");
        assertPageStartsAt(23, "dent Calderón, intended");
        assertPageStartsAt(34, "national partnership.");
        assertPageStartsAt(35, "ics are right.");
        // footnote 26 (folio 16) and notes 53, 54 (folios 32, 34) have their markers on those pages
        assertOnPage(26, 16);
        assertOnPage(53, 32);
        assertOnPage(54, 34);
        assertOnPage(38, 23);
    }

    private void assertPageStartsAt(int page, String start) {
        String t = text();
        int offset = cleaned().pages().get(page - 4).start();
        int utf16 = t.offsetByCodePoints(0, offset);
        assertTrue(t.startsWith(start, utf16), "page " + page + " starts with: " + t.substring(utf16, utf16 + 40));
    }

    private void assertOnPage(int note, int page) {
        int offset = cleaned().markers().get(note - 1).offset();
        CleanedText.PageSpan p = cleaned().pages().get(page - 4);
        assertTrue(offset > p.start() && offset <= p.end(), "note " + note + " on page " + page);
    }

}
