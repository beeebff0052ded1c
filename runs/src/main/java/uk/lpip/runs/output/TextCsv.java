package uk.lpip.runs.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for tables with text in them (names of places and packages, query results), written with
 * Apache Commons CSV: a field with a comma, a double quote or a line break is quoted and its quotes
 * doubled (RFC 4180), so any name reads back as itself. Lines end in {@code \n} like every lpip
 * table. The big numeric tables (timeseries.csv) keep their own fast writer.
 */
public final class TextCsv {
    /** RFC 4180 with {@code \n} line ends, quoting only fields that need it. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private TextCsv() {
    }

    /** A printer onto {@code w} (not closed with it: the caller owns the writer); flush when done. */
    public static CSVPrinter printer(Writer w) throws IOException {
        return new CSVPrinter(w, FORMAT);
    }

    /** Writes a header and rows, each row as many fields as the header. */
    public static void write(Writer w, List<String> header, List<? extends List<?>> rows) throws IOException {
        CSVPrinter p = printer(w);
        p.printRecord(header);
        for (List<?> r : rows) {
            p.printRecord(r);
        }
        p.flush();
    }
}
