package org.usmx.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The growth plot draws each measure relative to the smallest scale, with linear growth on the diagonal. */
class GrowthPlotTest {

    private static final Pattern POLYLINE = Pattern.compile("<polyline [^>]*points=\"([^\"]*)\"");

    @Test
    void aLinearMeasureLiesOnTheDiagonalAndAFlatOneStaysLevel() {
        String svg = GrowthPlot.svg(List.of("scale,build s,page ms", "1,4,20", "10,40,20", "100,400,20"));
        Matcher m = POLYLINE.matcher(svg);
        assertTrue(m.find());
        String linear = m.group(1);
        assertTrue(m.find());
        String flat = m.group(1);
        assertTrue(!m.find(), "one line per measure");
        assertTrue(svg.contains(">build s<") && svg.contains(">page ms<"), "a legend names each measure");
        // the diagonal runs from (1,1) to (100,100): the linear measure's points are its points
        Matcher diag = Pattern.compile("<line x1=\"([\\d.]+)\" y1=\"([\\d.]+)\" x2=\"([\\d.]+)\" y2=\"([\\d.]+)\" stroke=\"#555\"").matcher(svg);
        assertTrue(diag.find(), svg);
        String[] points = linear.split(" ");
        assertEquals(diag.group(1) + "," + diag.group(2), points[0]);
        assertEquals(diag.group(3) + "," + diag.group(4), points[2]);
        String[] level = flat.split(" ");
        assertEquals(level[0].split(",")[1], level[2].split(",")[1], "a constant measure is a level line");
    }

    @Test
    void oneScaleIsNotAPlot() {
        assertThrows(IllegalArgumentException.class, () -> GrowthPlot.svg(List.of("scale,build s", "1,4")));
    }
}
