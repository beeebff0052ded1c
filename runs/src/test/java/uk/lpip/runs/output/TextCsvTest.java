package uk.lpip.runs.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.runs.Effects;
import uk.lpip.runs.compare.PlaceComparison;

/** Text CSV quotes what RFC 4180 needs quoted, so names with commas, quotes and line breaks read back as themselves. */
class TextCsvTest {
    private static final String PLACE = "Bath, \"North\"\nSomerset";
    private static final String PACKAGE = "skills, \"plus\"";

    @Test
    void aNameWithACommaAQuoteAndANewlineRoundTripsThroughCompareCsv() throws Exception {
        Effects.Effect e = new Effects.Effect(12.5, 2.0, 23.0, 4.0, 3);
        PlaceComparison.Row row = new PlaceComparison.Row(PACKAGE, "bath", PLACE, 120_000, 40, 1e6, e, e, 9e5, 7.2e4, e,
                Path.of("results", "cmp", "bath-20260101-000000"), "bath-20260101T000000Z-0a1b2c3d", 0.02);
        StringWriter w = new StringWriter();
        PlaceComparison.writeCsv(w, List.of(row, row), "cmp-0123456789ab");
        String text = w.toString();
        String firstRow = text.split("\n", 2)[1];
        String expected = "\"skills, \"\"plus\"\"\",bath,\"Bath, \"\"North\"\"\nSomerset\",120000.0,40,";
        assertTrue(text.contains(",0.02,bath-20260101T000000Z-0a1b2c3d,cmp-0123456789ab\n"), "scale, run and experiment end each row");
        assertEquals(expected, firstRow.substring(0, expected.length()), "quoted, quotes doubled");
        CsvRows back = CsvRows.read(new StringReader(text));
        assertEquals(PlaceComparison.COLUMNS, back.header());
        assertEquals(2, back.rows().size(), "the newline stays inside its field");
        for (String[] r : back.rows()) {
            assertEquals(PlaceComparison.COLUMNS.size(), r.length, "no column shifted");
            assertEquals(PACKAGE, r[back.column("package")]);
            assertEquals(PLACE, r[back.column("region")]);
            assertEquals("bath-20260101-000000", r[back.column("directory")]);
            assertEquals("12.5", r[back.column("net_jobs")]);
        }
    }

    @Test
    void plainFieldsAreNotQuotedAndEmptyFieldsStayEmpty() throws Exception {
        StringWriter w = new StringWriter();
        TextCsv.write(w, List.of("a", "b", "c"), List.of(List.of("x", "", "1.5")));
        assertEquals("a,b,c\nx,,1.5\n", w.toString());
        CsvRows back = CsvRows.read(new StringReader(w.toString() + "\n"));
        assertArrayEquals(new String[] {"x", "", "1.5"}, back.rows().get(0));
        assertEquals(1, back.rows().size(), "a blank line is not a row");
    }
}
