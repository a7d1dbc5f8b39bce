package org.usmx.explore;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as a reader says them, at the precision the paper gave: "2007", "October 2007", "19 May 2010". */
public final class Dates {

    private Dates() {}

    public static String human(String iso) {
        if (iso == null) return "";
        if (iso.matches("\\d{4}")) return iso;
        if (iso.matches("\\d{4}-\\d{2}")) return month(iso.substring(5, 7)) + " " + iso.substring(0, 4);
        if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) return Integer.parseInt(iso.substring(8, 10)) + " " + month(iso.substring(5, 7)) + " " + iso.substring(0, 4);
        return iso;
    }

    private static String month(String mm) {
        return Month.of(Integer.parseInt(mm)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
